/**
 * The four subgraphs of SatuPintu, with the port each listens on in the embedded default and the
 * peers each one asks during its writes (to check that the records a write names are real). The
 * gateway grants a subgraph tokens for exactly these peers, and only for mutations.
 */
export const SUBGRAPHS = [
  { name: 'families', defaultPort: 4001, peers: [] },
  { name: 'services', defaultPort: 4002, peers: ['families', 'referrals', 'scheduling'] },
  { name: 'referrals', defaultPort: 4003, peers: ['families', 'services', 'scheduling'] },
  { name: 'scheduling', defaultPort: 4004, peers: ['families', 'services', 'referrals'] },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

/** The peers a subgraph calls during its writes; none for a subgraph SatuPintu does not know. */
export function peersOf(name: string): readonly SubgraphName[] {
  return SUBGRAPHS.find((s) => s.name === name)?.peers ?? [];
}
