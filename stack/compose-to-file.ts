import { renameSync, unwatchFile, watchFile, writeFileSync } from 'node:fs';
import { readSupergraphConfig, SupergraphConfigError } from '../platform/supergraph-config';
import { composeSupergraph, ExtraSubgraph } from './supergraph';

/** What one composition into a file did: the subgraphs it holds, or why the file was left as it was. */
export interface ComposeOutcome {
  subgraphs: string[];
  hints: string[];
  /** Empty when the file was written. */
  errors: string[];
}

/**
 * Composes the composition config (default: SATUPINTU_SUPERGRAPH_CONFIG or supergraph.yaml), with any
 * extra subgraphs, into `output`. The file is replaced in one rename, so a gateway watching it never
 * reads half of it; a config or composition that fails leaves it as it was.
 */
export function composeToFile(output: string, options: { configFile?: string; extra?: readonly ExtraSubgraph[] } = {}): ComposeOutcome {
  try {
    const config = readSupergraphConfig(options.configFile);
    const { supergraphSdl, errors, hints } = composeSupergraph({ config, extra: options.extra });
    const subgraphs = [...config.subgraphs.map((s) => s.name), ...(options.extra ?? []).map((e) => e.name).filter((n) => !config.subgraphs.some((s) => s.name === n))];
    const hintLines = hints.map((hint) => `${hint.definition.code}: ${hint.message}`);
    if (!supergraphSdl) return { subgraphs, hints: hintLines, errors: errors.map((e) => e.message) };
    writeFileSync(`${output}.tmp`, supergraphSdl);
    renameSync(`${output}.tmp`, output);
    return { subgraphs, hints: hintLines, errors: [] };
  } catch (err) {
    if (err instanceof SupergraphConfigError) return { subgraphs: [], hints: [], errors: [err.message] };
    throw err;
  }
}

/**
 * Composes again whenever the config or one of the schema files it names changes (by polling, which
 * also sees files replaced by rename), and reports each outcome. Returns the function that stops it.
 */
export function recomposeOnChange(output: string, options: { configFile: string; extra?: readonly ExtraSubgraph[]; pollMs?: number }, report: (outcome: ComposeOutcome) => void): () => void {
  const watched = new Set<string>();
  const interval = options.pollMs ?? 500;
  const watch = (files: string[]) => {
    for (const file of files.filter((f) => !watched.has(f))) {
      watched.add(file);
      watchFile(file, { interval }, (now, before) => {
        if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) recompose();
      });
    }
  };
  const schemaFiles = () => {
    try {
      return readSupergraphConfig(options.configFile).subgraphs.map((s) => s.schemaFile);
    } catch {
      return [];
    }
  };
  const recompose = () => {
    const outcome = composeToFile(output, options);
    watch(schemaFiles());
    report(outcome);
  };
  watch([options.configFile, ...schemaFiles()]);
  return () => {
    for (const file of watched) unwatchFile(file);
  };
}
