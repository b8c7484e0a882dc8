import { ref } from '../../../kit';
import { Context } from '../context';
import type { ResolversParentTypes } from '../generated/graphql';
import { CaseNoteRow } from './episode.repository';

type CaseNoteAnswer = ResolversParentTypes['CaseNote'];

/** Case notes as CaseNote answers them, oldest first, with their agencies loaded in one batch. */
export async function caseNoteAnswers(ctx: Context, rows: readonly CaseNoteRow[]): Promise<CaseNoteAnswer[]> {
  return Promise.all(
    rows.map(async (row): Promise<CaseNoteAnswer> => {
      const agency = await ctx.loaders.agency.load(row.authorAgencyId);
      if (!agency) throw new Error(`agency ${row.authorAgencyId} of case note ${row.id} is missing`);
      return { id: row.id, at: row.writtenAt, author: ref(row.authorStaffId), authorAgency: agency, visibility: row.visibility, text: row.text };
    }),
  );
}
