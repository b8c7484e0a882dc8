import { asUuid } from '../../../kit';
import { Context } from '../context';
import { canSeeEpisode } from '../access-policy';
import { EpisodeRow } from './episode.repository';

/**
 * The families an access to episodes is about, for the audit trail: each episode's own family and,
 * for an episode listed in another family's profile (a participant from that card), that family too.
 */
function audited(rows: ReadonlyArray<EpisodeRow & { listedFamilyId?: string }>): Array<{ id: string; familyId: string }> {
  return rows.flatMap((r) => [{ id: r.id, familyId: r.familyId }, ...(r.listedFamilyId && r.listedFamilyId !== r.familyId ? [{ id: r.id, familyId: r.listedFamilyId }] : [])]);
}

/** Keeps the episodes the caller may see and audits the access; the rest answer as if absent. */
export function visibleEpisodes<R extends EpisodeRow & { listedFamilyId?: string }>(ctx: Context, rows: readonly R[]): R[] {
  const visible = rows.filter((r) => canSeeEpisode(ctx.caller, r));
  ctx.audit.record('READ', 'ServiceEpisode', audited(visible));
  return visible;
}

/** One episode by id, or null when not found or not visible. */
export async function visibleEpisode(ctx: Context, id: string): Promise<EpisodeRow | null> {
  const uuid = asUuid(id);
  const row = uuid ? await ctx.loaders.episode.load(uuid) : null;
  if (!row) return null;
  if (!canSeeEpisode(ctx.caller, row)) {
    ctx.audit.denied('READ', 'ServiceEpisode', [{ id: row.id, familyId: row.familyId }]);
    return null;
  }
  return visibleEpisodes(ctx, [row])[0];
}
