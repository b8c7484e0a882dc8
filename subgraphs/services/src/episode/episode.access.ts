import { asUuid } from '../../../kit';
import { Context } from '../context';
import { canSeeEpisode } from '../access-policy';
import { EpisodeRow } from './episode.repository';

/** Keeps the episodes the caller may see and audits the access; the rest answer as if absent. */
export function visibleEpisodes(ctx: Context, rows: readonly EpisodeRow[]): EpisodeRow[] {
  const visible = rows.filter((r) => canSeeEpisode(ctx.caller, r));
  ctx.audit.record(
    'READ',
    'ServiceEpisode',
    visible.map((r) => ({ id: r.id, familyId: r.familyId })),
  );
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
