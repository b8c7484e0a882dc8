/** The four subgraphs of SatuPintu, with the port each listens on in the embedded default. */
export const SUBGRAPHS = [
  { name: 'families', defaultPort: 4001 },
  { name: 'services', defaultPort: 4002 },
  { name: 'referrals', defaultPort: 4003 },
  { name: 'scheduling', defaultPort: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);
