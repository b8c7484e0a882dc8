import DataLoader from 'dataloader';
import type { JoiningContext } from '../../../platform/joining-subgraph';
import { mayReadPuspagaCases } from './access-policy';
import { ActingFor, CaseSystemClient } from './case-system-client';
import { PuspagaCase, PuspagaCaseload, toPuspagaCase, toPuspagaCaseload } from './case-mapping';

/** The case system answers at most this many families per call. */
const MAX_FAMILIES_PER_CALL = 100;

/** The request's DataLoaders: fresh for each request, so nothing read for one caller reaches another. */
export interface PuspagaLoaders {
  /** Cases by SatuPintu family id: every family of one request in one call to the case system. */
  cases: DataLoader<string, PuspagaCase[]>;
  /** PUSPAGA's caseload, keyed by its agency id (one call however often it is asked). */
  caseload: DataLoader<string, PuspagaCaseload[]>;
}

export interface PuspagaContext extends JoiningContext {
  /** Whether the caller may see PUSPAGA's cases (access-policy.ts). */
  mayRead: boolean;
  /** PUSPAGA Kota Tangerang Selatan's id in SatuPintu's directory. */
  puspagaAgencyId: string;
  loaders: PuspagaLoaders;
}

/** The request's context: the access decision and loaders that read as the caller. */
export function createPuspagaContext(base: JoiningContext, client: CaseSystemClient, puspagaAgencyId: string): PuspagaContext {
  const mayRead = mayReadPuspagaCases(base.caller, puspagaAgencyId);
  // Loaders are only used when mayRead holds, so the staff and agency ids are present.
  const acting: ActingFor = { staffId: base.caller.staffId ?? '', agencyId: base.caller.agencyId ?? '', requestId: base.requestId };
  const cases = new DataLoader<string, PuspagaCase[]>(
    async (ids) => {
      const byFamily = await client.casesOf(ids, acting);
      return ids.map((id) => (byFamily[id.toLowerCase()] ?? []).map(toPuspagaCase));
    },
    { maxBatchSize: MAX_FAMILIES_PER_CALL },
  );
  const caseload = new DataLoader<string, PuspagaCaseload[]>(async (ids) => {
    const rows = (await client.caseload(acting)).map(toPuspagaCaseload);
    return ids.map(() => rows);
  });
  return { ...base, mayRead, puspagaAgencyId, loaders: { cases, caseload } };
}
