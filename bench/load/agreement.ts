import type { Picks } from './picks';
import type { Target } from './targets';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function answer(target: Target, pick: string): Promise<Json> {
  const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers() }, body: target.bodyFor(pick), signal: AbortSignal.timeout(15_000) });
  return ((await res.json()) as { data?: Json }).data ?? null;
}

/** JSON with object keys sorted, so that two answers compare by content. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The ids under each list of a profile (members, serviceEpisodes, referrals, appointments). */
function idsOf(profile: Json): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!profile || typeof profile !== 'object' || Array.isArray(profile)) return out;
  for (const list of ['members', 'serviceEpisodes', 'referrals', 'appointments']) {
    const items = profile[list];
    out[list] = Array.isArray(items) ? items.map((i) => (i && typeof i === 'object' && !Array.isArray(i) ? String(i.id) : '')).sort() : [];
  }
  return out;
}

/**
 * Checks that the targets answer the same thing for the same picks before they are timed: Hive
 * Gateway and the families subgraph must give exactly SatuPintu's answer; the SQL floor must return
 * the same members, episodes, referrals and appointments for Q1 (its field formats differ). A fast
 * wrong answer would make a comparison meaningless. Returns one line per disagreement.
 */
export async function compareAnswers(targets: readonly Target[], picks: Picks, samples = 5): Promise<string[]> {
  const notes: string[] = [];
  for (const ours of targets.filter((t) => t.kind === 'satupintu')) {
    // The smaller dataset holds other families: its answers are checked by the probe alone.
    const others = targets.filter((t) => t.kind !== 'satupintu' && t.kind !== 'smaller' && t.query.name === ours.query.name);
    const list = picks[ours.query.pick];
    for (let i = 0; i < samples; i++) {
      const pick = list[Math.floor((i * list.length) / samples)];
      const expected = await answer(ours, pick);
      for (const other of others) {
        const got = await answer(other, pick);
        if (other.kind === 'floor') {
          const a = idsOf(expected && typeof expected === 'object' && !Array.isArray(expected) ? expected.family : null);
          const b = idsOf(got && typeof got === 'object' && !Array.isArray(got) ? got.family : null);
          for (const list of Object.keys(a)) {
            if (a[list].join() !== (b[list] ?? []).join()) notes.push(`${other.key} (${pick}): ${list} ${b[list]?.length ?? 0} ids, SatuPintu ${a[list].length}`);
          }
        } else if (canonical(expected) !== canonical(got)) {
          notes.push(`${other.key} (${pick}): the answer differs from SatuPintu's`);
        }
      }
    }
  }
  return notes;
}
