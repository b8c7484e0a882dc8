import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { env } from './config';
import { repoPath } from './paths';
import { SUBGRAPH_NAMES, SubgraphName } from './subgraph-names';

/**
 * The composition config: which subgraphs make up the supergraph, where each is routed and where its
 * schema file is. It is the file Apollo's rover reads (`supergraph.yaml`: `federation_version`, and per
 * subgraph `routing_url` and `schema.file`), so the same file composes with rover, Apollo Router or
 * Hive Gateway's tooling. Adding a subgraph to SatuPintu is adding an entry here.
 */
export interface SubgraphEntry {
  /** The subgraph's name: lower case letters, digits and hyphens (it is the identity token's audience). */
  name: string;
  /** Where the gateway sends this subgraph's requests unless `<NAME>_URL` says otherwise. */
  routingUrl: string;
  /** The subgraph's SDL file, absolute. */
  schemaFile: string;
}

export interface SupergraphConfig {
  /** The config file read, absolute. */
  file: string;
  federationVersion: string;
  subgraphs: SubgraphEntry[];
}

/** SATUPINTU_SUPERGRAPH_CONFIG: the composition config. Default `supergraph.yaml` in the repository. */
export function supergraphConfigFile(): string {
  return resolve(env('SATUPINTU_SUPERGRAPH_CONFIG', repoPath('supergraph.yaml'))!);
}

/** A composition config that cannot be used; the message names the file and the entry. */
export class SupergraphConfigError extends Error {}

const NAME = /^[a-z][a-z0-9-]{0,39}$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads and checks a composition config (default: supergraphConfigFile()). Throws SupergraphConfigError. */
export function readSupergraphConfig(file: string = supergraphConfigFile()): SupergraphConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SupergraphConfigError(`${file}: cannot be read`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new SupergraphConfigError(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const top = record(doc);
  const version = top?.federation_version;
  if (typeof version !== 'string' && typeof version !== 'number') throw new SupergraphConfigError(`${file}: federation_version is missing (e.g. "=2.14.4")`);
  if (!/^=?2(\.\d+){0,2}$/.test(String(version))) throw new SupergraphConfigError(`${file}: federation_version "${String(version)}" is not a Federation 2 version`);
  const subgraphs = record(top?.subgraphs);
  if (!subgraphs || Object.keys(subgraphs).length === 0) throw new SupergraphConfigError(`${file}: subgraphs is missing or empty`);
  const entries = Object.entries(subgraphs).map(([name, raw]): SubgraphEntry => {
    const entry = record(raw);
    if (!NAME.test(name)) throw new SupergraphConfigError(`${file}: subgraph "${name}": names are lower case letters, digits and hyphens, from a letter`);
    const routingUrl = entry?.routing_url;
    if (typeof routingUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(routingUrl)) throw new SupergraphConfigError(`${file}: subgraph "${name}": routing_url must be an http(s) URL`);
    const schemaFile = record(entry?.schema)?.file;
    if (typeof schemaFile !== 'string' || schemaFile === '') {
      throw new SupergraphConfigError(`${file}: subgraph "${name}": schema.file must name its SDL file (SatuPintu composes from committed files, not from introspection or a registry)`);
    }
    return { name, routingUrl, schemaFile: resolve(dirname(file), schemaFile) };
  });
  return { file, federationVersion: String(version), subgraphs: entries };
}

/**
 * The entries of the subgraphs this repository runs (families, services, referrals, scheduling) that
 * the config lists, in its order; the others are agencies' subgraphs, which run on their own.
 */
export function ownSubgraphEntries(config: SupergraphConfig = readSupergraphConfig()): Array<SubgraphEntry & { name: SubgraphName }> {
  return config.subgraphs.filter((s): s is SubgraphEntry & { name: SubgraphName } => (SUBGRAPH_NAMES as readonly string[]).includes(s.name));
}
