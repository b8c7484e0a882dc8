import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { zoneFor } from './format';
import { indicatorText } from './i18n';
import { useI18n } from './i18n';
import { AREA_INDICATORS } from './indicators-operations';
import { rangeOf, RANGE_DAYS, type RangeDays, WORKLOAD_DAYS } from './indicators-model';
import { AreaList, type Selection } from './IndicatorsList';

/** One bar of a chart and the list it opens. */
interface Datum {
  key: string;
  label: string;
  count: number;
  select: Selection;
}

const BAR = '#1d5fa8';
const BAR_ALERT = '#a4262c';

/** A bar chart whose bars open their lists, with the same numbers as buttons beside it for keyboards and screen readers. */
function FigureChart({ title, data, onSelect, id }: { title: string; data: Datum[]; onSelect: (s: Selection) => void; id: string }) {
  const ix = indicatorText(useI18n().lang);
  return (
    <section className="ind-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {data.length > 0 && (
        <div className="ind-chart" role="img" aria-label={`${title}: ${data.map((d) => `${d.label} ${d.count}`).join(', ')}`}>
          <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 40)}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} tickFormatter={(label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label)} />
              <Tooltip />
              <Bar dataKey="count" name={ix.count} isAnimationActive={false} cursor="pointer" onClick={(_entry, index) => onSelect(data[index].select)}>
                {data.map((d) => (
                  <Cell key={d.key} fill={d.key.startsWith('overdue') ? BAR_ALERT : BAR} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="ind-counts">
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>
                <button type="button" className="figure" data-figure={`${id}-${d.key}`} onClick={() => onSelect(d.select)} aria-label={`${d.label}: ${d.count}. ${ix.showList}`}>
                  {d.count}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const hours = (value: number | null | undefined, none: string) => (value === null || value === undefined ? none : `${value.toFixed(1)} h`);

/**
 * A cross-agency manager's indicators for their area: referrals by status and urgency, the overdue of
 * both kinds, time to accept and to start, open episodes by agency, service and lead worker with each
 * worker's booked against rostered hours. Every number opens the list behind it, exportable as CSV.
 */
export function Indicators({ jurisdiction }: { jurisdiction: 'ID' | 'HK' }) {
  const { lang, w } = useI18n();
  const ix = indicatorText(lang);
  const [days, setDays] = useState<RangeDays>(90);
  const [selection, setSelection] = useState<Selection | null>(null);
  const zone = zoneFor(null, jurisdiction);
  // The range is fixed when chosen, so that the figures and their lists count the same referrals.
  const range = useMemo(() => rangeOf(days, new Date(), zone), [days, zone]);
  const result = useQuery(AREA_INDICATORS, { variables: range });
  const stats = result.data?.areaReferralStats;
  const episodes = result.data?.areaEpisodeCounts;
  const select = (s: Selection) => {
    setSelection(s);
    requestAnimationFrame(() => document.getElementById('ind-list')?.focus());
  };
  const referrals = (label: string, filter: Extract<Selection, { kind: 'referrals' }>['filter']): Selection => ({ kind: 'referrals', label, filter, from: range.from, to: range.to });
  const episodeList = (label: string, filter: Extract<Selection, { kind: 'episodes' }>['filter']): Selection => ({ kind: 'episodes', label, filter });

  const overdue: Datum[] = stats
    ? [
        { key: 'overdue-answer', label: ix.overdueAnswer, count: stats.overdueAwaitingAnswer, select: referrals(ix.overdueAnswer, { overdue: 'AWAITING_ANSWER' }) },
        { key: 'overdue-start', label: ix.overdueStart, count: stats.overdueAwaitingStart, select: referrals(ix.overdueStart, { overdue: 'AWAITING_START' }) },
      ]
    : [];
  const byStatus: Datum[] = (stats?.byStatus ?? []).map((s) => ({ key: s.status, label: w(s.status), count: s.count, select: referrals(`${ix.referrals}: ${w(s.status)}`, { status: s.status }) }));
  const byUrgency: Datum[] = (stats?.byUrgency ?? []).map((s) => ({
    key: s.urgency,
    label: w(s.urgency),
    count: s.count,
    select: referrals(`${ix.referrals}: ${w(s.urgency)}`, { urgency: s.urgency }),
  }));
  const byAgency: Datum[] = (episodes?.byAgency ?? []).map((g) => ({
    key: g.agency.id,
    label: g.agency.name,
    count: g.count,
    select: episodeList(`${ix.openEpisodes}: ${g.agency.name}`, { agencyId: g.agency.id }),
  }));
  const byService: Datum[] = (episodes?.byService ?? []).map((g) => ({
    key: g.service.id,
    label: g.service.name,
    count: g.count,
    select: episodeList(`${ix.openEpisodes}: ${g.service.name}`, { serviceId: g.service.id }),
  }));

  return (
    <main className="indicators" aria-labelledby="ind-title">
      <div className="ind-head">
        <h1 id="ind-title">{ix.title}</h1>
        <label>
          {ix.range}{' '}
          <select
            value={days}
            onChange={(e) => {
              setDays(Number(e.target.value) as RangeDays);
              setSelection(null);
            }}
          >
            {RANGE_DAYS.map((d) => (
              <option key={d} value={d}>
                {ix.lastDays.replace('{n}', String(d))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="ind-note">{ix.note}</p>
      {result.loading && <p role="status">{ix.loading}</p>}
      {result.error && !result.data && (
        <p role="alert" className="error">
          {ix.failed}
        </p>
      )}
      {stats && (
        <section aria-labelledby="ind-referrals">
          <h2 id="ind-referrals" className="ind-section">
            {ix.referrals}{' '}
            <button type="button" className="figure" data-figure="referrals-total" onClick={() => select(referrals(ix.referrals, {}))} aria-label={`${ix.total}: ${stats.total}. ${ix.showList}`}>
              {stats.total}
            </button>
          </h2>
          <dl className="ind-times">
            <div>
              <dt>{ix.toAccept}</dt>
              <dd>
                {ix.median} {hours(stats.medianHoursToAccept, ix.none)} · p90 {hours(stats.p90HoursToAccept, ix.none)}
              </dd>
            </div>
            <div>
              <dt>{ix.toStart}</dt>
              <dd>
                {ix.median} {hours(stats.medianHoursToStart, ix.none)} · p90 {hours(stats.p90HoursToStart, ix.none)}
              </dd>
            </div>
          </dl>
          <div className="ind-grid">
            <FigureChart id="overdue" title={ix.overdue} data={overdue} onSelect={select} />
            <FigureChart id="status" title={ix.byStatus} data={byStatus} onSelect={select} />
            <FigureChart id="urgency" title={ix.byUrgency} data={byUrgency} onSelect={select} />
          </div>
        </section>
      )}
      {episodes && (
        <section aria-labelledby="ind-episodes">
          <h2 id="ind-episodes" className="ind-section">
            {ix.openEpisodes}{' '}
            <button
              type="button"
              className="figure"
              data-figure="episodes-total"
              onClick={() => select(episodeList(ix.openEpisodes, {}))}
              aria-label={`${ix.total}: ${episodes.total}. ${ix.showList}`}
            >
              {episodes.total}
            </button>
          </h2>
          <div className="ind-grid">
            <FigureChart id="agency" title={ix.byAgency} data={byAgency} onSelect={select} />
            <FigureChart id="service" title={ix.byService} data={byService} onSelect={select} />
          </div>
          <section className="ind-card" aria-labelledby="ind-caseload">
            <h3 id="ind-caseload">{ix.caseload}</h3>
            <p className="ind-note">{ix.workloadNote.replace('{n}', String(WORKLOAD_DAYS))}</p>
            <div className="table-scroll">
              <table className="ind-table">
                <thead>
                  <tr>
                    <th scope="col">{ix.worker}</th>
                    <th scope="col">{ix.agency}</th>
                    <th scope="col">{ix.openEpisodes}</th>
                    <th scope="col">{ix.booked}</th>
                    <th scope="col">{ix.rostered}</th>
                    <th scope="col">{ix.utilisation}</th>
                  </tr>
                </thead>
                <tbody>
                  {episodes.byLeadWorker.map((g) => {
                    const name = g.leadWorker.fullName ?? ix.none;
                    const load = g.leadWorker.workload;
                    const over = load?.utilisation !== null && load?.utilisation !== undefined && load.utilisation > 1;
                    return (
                      <tr key={g.leadWorker.id}>
                        <th scope="row">{name}</th>
                        <td>{g.leadWorker.agency?.name ?? ''}</td>
                        <td>
                          <button
                            type="button"
                            className="figure"
                            data-figure={`lead-${g.leadWorker.id}`}
                            onClick={() => select(episodeList(`${ix.openEpisodes}: ${name}`, { leadWorkerId: g.leadWorker.id }))}
                            aria-label={`${name}: ${g.count}. ${ix.showList}`}
                          >
                            {g.count}
                          </button>
                        </td>
                        <td>{load ? load.bookedHours.toFixed(1) : ix.none}</td>
                        <td>{load ? load.rosteredHours.toFixed(1) : ix.none}</td>
                        <td className={over ? 'ind-over' : undefined}>{load?.utilisation !== null && load?.utilisation !== undefined ? `${Math.round(load.utilisation * 100)}%` : ix.none}</td>
                      </tr>
                    );
                  })}
                  <tr>
                    <th scope="row">{ix.noLead}</th>
                    <td />
                    <td>
                      <button
                        type="button"
                        className="figure"
                        data-figure="lead-none"
                        onClick={() => select(episodeList(`${ix.openEpisodes}: ${ix.noLead}`, { withoutLeadWorker: true }))}
                        aria-label={`${ix.noLead}: ${episodes.withoutLeadWorker}. ${ix.showList}`}
                      >
                        {episodes.withoutLeadWorker}
                      </button>
                    </td>
                    <td colSpan={3} />
                  </tr>
                </tbody>
              </table>
            </div>
          </section>
        </section>
      )}
      {selection && <AreaList key={JSON.stringify(selection)} selection={selection} jurisdiction={jurisdiction} onClose={() => setSelection(null)} />}
    </main>
  );
}
