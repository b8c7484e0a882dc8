import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { date, dateTime, zoneFor } from './format';
import { indicatorText, useI18n } from './i18n';
import type { ReferralOverdueKind, ReferralStatus, Urgency } from './gql/graphql';
import { AREA_EPISODE_LIST, AREA_REFERRAL_LIST } from './indicators-operations';
import { downloadCsv, toCsv } from './indicators-model';

/** The list behind one number: referrals of the range, or open episodes, with the number's filter. */
export type Selection =
  | { kind: 'referrals'; label: string; from: string; to: string; filter: { status?: ReferralStatus; urgency?: Urgency; overdue?: ReferralOverdueKind } }
  | { kind: 'episodes'; label: string; filter: { agencyId?: string; serviceId?: string; leadWorkerId?: string; withoutLeadWorker?: boolean } };

/** A list row as shown and as exported: the same cells. */
interface Listed {
  rows: string[][];
  totalCount: number;
  after: string | null;
}

/** The list behind a number, a page of 40 at a time (within the gateway's cost limit); "Export CSV" writes exactly the rows shown. */
export function AreaList({ selection, jurisdiction, onClose }: { selection: Selection; jurisdiction: 'ID' | 'HK'; onClose: () => void }) {
  const client = useApolloClient();
  const { lang, w } = useI18n();
  const ix = indicatorText(lang);
  const [listed, setListed] = useState<Listed | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const header =
    selection.kind === 'referrals'
      ? [ix.colId, ix.colStatus, ix.colUrgency, ix.colNeed, ix.colFrom, ix.colTo, ix.colSent, ix.colRespondBy, ix.colOverdue]
      : [ix.colId, ix.colStatus, ix.colService, ix.colAgency, ix.colLead, ix.colOpened];

  async function load(after: string | null) {
    setBusy(true);
    try {
      if (selection.kind === 'referrals') {
        const { data } = await client.query({ query: AREA_REFERRAL_LIST, variables: { from: selection.from, to: selection.to, ...selection.filter, after } });
        const page = data?.areaReferrals;
        if (!page) throw new Error('no list');
        const rows = page.edges.map(({ node: r }) => {
          const zone = zoneFor(r.toAgency?.timeZone, jurisdiction);
          return [
            r.id,
            w(r.status),
            w(r.urgency),
            w(r.needCategory),
            r.fromAgency?.name ?? '',
            r.toAgency?.name ?? '',
            dateTime(r.createdAt, zone, lang),
            dateTime(r.respondBy, zone, lang),
            r.overdue ? ix.yes : ix.no,
          ];
        });
        setListed((prev) => ({ rows: [...(after ? (prev?.rows ?? []) : []), ...rows], totalCount: page.totalCount, after: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null }));
      } else {
        const { data } = await client.query({ query: AREA_EPISODE_LIST, variables: { ...selection.filter, after } });
        const page = data?.areaEpisodes;
        if (!page) throw new Error('no list');
        const rows = page.edges.map(({ node: e }) => [e.id, w(e.status), e.service.name, e.agency.name, e.leadWorker?.fullName ?? '', date(e.openedOn, lang)]);
        setListed((prev) => ({ rows: [...(after ? (prev?.rows ?? []) : []), ...rows], totalCount: page.totalCount, after: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null }));
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void load(null);
    // The list is keyed by its selection: a new selection mounts a new list.
  }, []);

  const exportCsv = () => {
    if (!listed) return;
    const name = `${selection.kind}-${selection.label
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()}.csv`;
    downloadCsv(name, toCsv(header, listed.rows));
  };

  return (
    <section id="ind-list" className="ind-card ind-list" tabIndex={-1} aria-labelledby="ind-list-title">
      <div className="ind-head">
        <h3 id="ind-list-title">{selection.label}</h3>
        <div className="ind-actions">
          <button type="button" onClick={exportCsv} disabled={!listed || listed.rows.length === 0} data-action="export-csv">
            {ix.exportCsv}
          </button>
          <button type="button" className="link" onClick={onClose}>
            {ix.close}
          </button>
        </div>
      </div>
      {busy && !listed && <p role="status">{ix.loading}</p>}
      {failed && (
        <p role="alert" className="error">
          {ix.failed}
        </p>
      )}
      {listed && (
        <>
          <p role="status" data-list-count={listed.totalCount}>
            {ix.shown.replace('{shown}', String(listed.rows.length)).replace('{total}', String(listed.totalCount))}
          </p>
          <div className="table-scroll">
            <table className="ind-table" data-list={selection.kind}>
              <thead>
                <tr>
                  {header.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {listed.rows.map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => (
                      <td key={i} className={i === 0 ? 'ind-id' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {listed.after && (
            <button type="button" onClick={() => void load(listed.after)} disabled={busy}>
              {ix.more}
            </button>
          )}
        </>
      )}
    </section>
  );
}
