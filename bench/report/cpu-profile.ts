import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) the summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Where a process's CPU went: self time by package (or Node internals, or the project's own code) and by function. */
export interface ProfileSummary {
  totalMs: number;
  byPackage: Array<{ name: string; ms: number; share: number }>;
  byFunction: Array<{ name: string; ms: number; share: number }>;
}

/** The package a script belongs to: the node_modules package, "node:" internals, "(gc)", or the file under the repository. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const at = url.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = url.slice(at + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0
    ? url
        .slice(dist + '/dist/'.length)
        .split('/')
        .slice(0, 2)
        .join('/')
    : url;
}

/** Summarises a profile file: self time per package and per function, largest first. */
export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += us;
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url ? `${pkg}:${frame.lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / Math.max(1, total) }));
  return { totalMs: total / 1000, byPackage: rank(packages), byFunction: rank(functions) };
}

/** Where each profiled service's CPU went (the profiles are written when the services exit). */
export function formatProfiles(profileDir: string): string {
  const files = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  const out = [`\nCPU profiles (V8, whole run including start-up and warm-up; files in ${profileDir}):`];
  for (const file of files) {
    const summary = summariseProfile(join(profileDir, file));
    out.push(`\n${file.replace('.cpuprofile', '')}: ${(summary.totalMs / 1000).toFixed(1)} s of CPU`);
    out.push(`  by package:  ${summary.byPackage.map((p) => `${p.name} ${(100 * p.share).toFixed(0)}%`).join(', ')}`);
    out.push(
      `  by function: ${summary.byFunction
        .slice(0, 8)
        .map((f) => `${f.name} ${(100 * f.share).toFixed(1)}%`)
        .join('; ')}`,
    );
  }
  return out.join('\n');
}
