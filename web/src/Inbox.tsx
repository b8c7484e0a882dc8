import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { GraphQLFormattedError } from 'graphql';
import { answerOf } from './answers';
import { dateTime, zoneFor } from './format';
import type { DeclineReasonCode, InboxPageQuery, InboxReferralQuery, ReferralStatus } from './gql/graphql';
import { type TextKey, useI18n } from './i18n';
import { byDue, dueOf, errorsUnder, type InboxMode, type InboxRow, isStale, type Refusal, refusalOf, sourcesOf, STATUSES } from './inbox-model';
import { ACCEPT_REFERRAL, DECLINE_REFERRAL, INBOX_OVERDUE_COUNT, INBOX_PAGE, INBOX_REFERRAL, START_AND_OPEN_EPISODE, START_REFERRAL } from './operations';
import { Field } from './Withheld';

const PAGE_SIZE = 20;

const DECLINE_CODES: DeclineReasonCode[] = ['OUTSIDE_SERVICE_AREA', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'NEED_NOT_IN_SCOPE', 'DUPLICATE', 'FAMILY_DECLINED', 'OTHER'];

/** One connection being paged: a status (or every status) and where its next page starts. */
interface Source {
  status: ReferralStatus | null;
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

interface Agency {
  name: string;
  timeZone: string;
}

type Detail = NonNullable<InboxReferralQuery['referral']>;

/** What happened to a row the last time someone acted on it here. */
interface Notice {
  kind: 'done' | 'stale' | 'refused';
  /** What the page says (in the page's language), or else the refusal's own message. */
  key?: TextKey;
  refusal?: Refusal;
}

/**
 * The agency's inbox: the referrals sent to it, oldest due first (respond-by for SUBMITTED, start-by for
 * ACCEPTED), overdue ones marked and counted. A row opens to its detail, where the receiving agency
 * accepts, declines or begins work, each carrying the version the page read.
 */
export function Inbox({ agencyId, jurisdiction }: { agencyId: string; jurisdiction: 'ID' | 'HK' }) {
  const { t, w } = useI18n();
  const client = useApolloClient();
  const [mode, setMode] = useState<InboxMode>('waiting');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [agency, setAgency] = useState<Agency | null>(null);
  const [rows, setRows] = useState<InboxRow[]>([]);
  const [sources, setSources] = useState<Source[]>([]);
  const [overdueCount, setOverdueCount] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const generation = useRef(0);

  const zone = zoneFor(agency?.timeZone, jurisdiction);

  const countOverdue = useCallback(async () => {
    const answer = answerOf<{ agency: { overdue: { totalCount: number } | null } | null }>(await client.query({ query: INBOX_OVERDUE_COUNT, variables: { agencyId } }));
    setOverdueCount(answer.data?.agency?.overdue?.totalCount ?? null);
  }, [client, agencyId]);

  /** Reads the next page of each source (the first pages when `from` is null) and merges the rows. */
  const load = useCallback(
    async (from: Source[] | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setFailure(null);
      const wanted: Source[] = from ?? sourcesOf(mode).map((status) => ({ status, endCursor: null, hasNextPage: true, totalCount: 0 }));
      try {
        const pages = await Promise.all(
          wanted.map(async (source) => {
            if (!source.hasNextPage) return { source, rows: [] as InboxRow[], refused: undefined };
            const result = await client.query({
              query: INBOX_PAGE,
              variables: { agencyId, status: source.status, overdue: overdueOnly ? true : null, first: PAGE_SIZE, after: source.endCursor },
            });
            const answer = answerOf<InboxPageQuery>(result);
            const a = answer.data?.agency;
            if (a) setAgency({ name: a.name, timeZone: a.timeZone });
            const connection = a?.incomingReferrals;
            const refused = answer.failure ?? (!connection ? (answer.errors[0]?.message ?? '') : undefined);
            const pageRows = (connection?.edges ?? []).map((edge, i) => ({
              referral: edge.node,
              errors: errorsUnder(answer.errors, ['agency', 'incomingReferrals', 'edges', i, 'node']),
            }));
            const next: Source = connection
              ? { status: source.status, endCursor: connection.pageInfo.endCursor ?? null, hasNextPage: connection.pageInfo.hasNextPage, totalCount: connection.totalCount }
              : { ...source, hasNextPage: false };
            return { source: next, rows: pageRows, refused };
          }),
        );
        if (mine !== generation.current) return;
        const refused = pages.find((p) => p.refused !== undefined)?.refused;
        setFailure(refused ?? null);
        setSources(pages.map((p) => p.source));
        setRows((before) => {
          const merged = new Map((from ? before : []).map((r) => [r.referral.id, r]));
          for (const p of pages) for (const r of p.rows) merged.set(r.referral.id, r);
          return [...merged.values()].sort(byDue);
        });
      } catch (err) {
        if (mine === generation.current) setFailure(refusalOf(err).message);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [client, agencyId, mode, overdueOnly],
  );

  useEffect(() => {
    setOpenId(null);
    void load(null);
  }, [load]);
  useEffect(() => {
    void countOverdue().catch(() => setOverdueCount(null));
  }, [countOverdue]);

  /** A row read again (after a change here or elsewhere): its new status and version replace the old. */
  const replaceRow = (detail: Detail, errors: GraphQLFormattedError[]) => {
    setRows((before) => before.map((r) => (r.referral.id === detail.id ? { referral: detail, errors } : r)).sort(byDue));
    void countOverdue().catch(() => undefined);
  };

  const total = sources.reduce((n, s) => n + s.totalCount, 0);
  const hasMore = sources.some((s) => s.hasNextPage);

  return (
    <main className="page" aria-labelledby="inbox-title" data-ready={loading ? 'false' : 'true'}>
      <h1 id="inbox-title">
        {t('inboxTitle')}
        {agency && <span className="inbox-agency"> · {agency.name}</span>}
      </h1>
      <section className="card inbox-summary" aria-live="polite">
        <p>
          <span className={overdueCount ? 'inbox-overdue-count has-overdue' : 'inbox-overdue-count'} data-overdue-count={overdueCount ?? ''}>
            {overdueCount === null ? '…' : overdueCount}
          </span>{' '}
          {t('inboxOverdueCount')}
        </p>
        <form className="inbox-filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="inbox-mode">{t('inboxShow')}</label>
            <select id="inbox-mode" value={mode} onChange={(e) => setMode(e.target.value as InboxMode)}>
              <option value="waiting">{t('inboxWaiting')}</option>
              <option value="all">{t('inboxAll')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {w(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="field check">
            <input id="inbox-overdue-only" type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
            <label htmlFor="inbox-overdue-only">{t('inboxOverdueOnly')}</label>
          </div>
        </form>
      </section>
      {failure !== null && (
        <p role="alert" className="error">
          {failure || t('notFound')}
        </p>
      )}
      {loading && rows.length === 0 && <p role="status">{t('loading')}</p>}
      {!loading && failure === null && rows.length === 0 && <p>{t('inboxEmpty')}</p>}
      {rows.length > 0 && (
        <p className="hint" role="status">
          {t('inboxShowing')} {rows.length} / {total}
        </p>
      )}
      <ol className="inbox-list">
        {rows.map((row) => (
          <InboxItem
            key={row.referral.id}
            row={row}
            zone={zone}
            open={openId === row.referral.id}
            onToggle={() => setOpenId(openId === row.referral.id ? null : row.referral.id)}
            onReloaded={replaceRow}
          />
        ))}
      </ol>
      {hasMore && (
        <button type="button" className="inbox-more" disabled={loading} onClick={() => void load(sources)}>
          {loading ? t('loading') : t('inboxMore')}
        </button>
      )}
    </main>
  );
}

function InboxItem({
  row,
  zone: z,
  open,
  onToggle,
  onReloaded,
}: {
  row: InboxRow;
  zone: string;
  open: boolean;
  onToggle: () => void;
  onReloaded: (d: Detail, errors: GraphQLFormattedError[]) => void;
}) {
  const { t, w, lang } = useI18n();
  const r = row.referral;
  const due = dueOf(r);
  const detailId = `inbox-detail-${r.id}`;
  return (
    <li className={`card inbox-row${r.overdue ? ' is-overdue' : ''}`} data-referral-id={r.id} data-status={r.status} data-overdue={r.overdue ? 'true' : 'false'} data-due={due ?? ''}>
      <button type="button" className="inbox-toggle" aria-expanded={open} aria-controls={detailId} onClick={onToggle}>
        <span className="inbox-due">
          {due ? (
            <>
              {t(r.status === 'SUBMITTED' ? 'respondBy' : 'startBy')} <time dateTime={due}>{dateTime(due, z, lang)}</time>
            </>
          ) : (
            <>{w(r.status)}</>
          )}
          {r.overdue && <span className="overdue-badge">{t('overdue')}</span>}
        </span>
        <span className="inbox-what">
          <strong>{w(r.needCategory)}</strong> · <span className={`urgency urgency-${r.urgency}`}>{w(r.urgency)}</span> · <span data-field="status">{w(r.status)}</span>
        </span>
        <span className="inbox-who">
          <Field value={r.family?.head?.fullName ?? r.family?.caseReference ?? r.family?.kkNumber} errors={row.errors} path={['family']} /> · {t('from')} {r.fromAgency?.name ?? '—'}
        </span>
      </button>
      {open && (
        <div id={detailId} className="inbox-detail">
          <ReferralDetail id={r.id} zone={z} onReloaded={onReloaded} />
        </div>
      )}
    </li>
  );
}

function ReferralDetail({ id, zone: z, onReloaded }: { id: string; zone: string; onReloaded: (d: Detail, errors: GraphQLFormattedError[]) => void }) {
  const { t, w, lang } = useI18n();
  const client = useApolloClient();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [errors, setErrors] = useState<readonly GraphQLFormattedError[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const read = useCallback(async (): Promise<Detail | null> => {
    const answer = answerOf<InboxReferralQuery>(await client.query({ query: INBOX_REFERRAL, variables: { id } }));
    const found = answer.data?.referral ?? null;
    setErrors(answer.errors);
    setDetail(found);
    setRefused(found ? null : (answer.failure ?? answer.errors[0]?.message ?? ''));
    if (found) onReloaded(found, errorsUnder(answer.errors, ['referral']));
    return found;
    // onReloaded only replaces the row in the list (a functional update): reading again does not depend on it.
  }, [client, id]);

  useEffect(() => {
    read().catch((err: unknown) => setRefused(refusalOf(err).message));
  }, [read]);

  /** Runs one workflow change; a stale version says so and reads the referral again. */
  const act = async (change: () => Promise<unknown>, done: TextKey) => {
    setBusy(true);
    setNotice(null);
    try {
      await change();
      await read();
      setNotice({ kind: 'done', key: done });
    } catch (err) {
      const refusal = refusalOf(err);
      if (isStale(refusal)) {
        await read().catch(() => null);
        setNotice({ kind: 'stale', key: 'inboxStale', refusal });
      } else {
        setNotice({ kind: 'refused', refusal });
      }
    } finally {
      setBusy(false);
    }
  };

  if (refused !== null)
    return (
      <p role="alert" className="error">
        {refused || t('inboxGone')}
      </p>
    );
  if (!detail) return <p role="status">{t('loading')}</p>;
  const d = detail;
  const path = ['referral'];
  return (
    <div className="inbox-detail-body" data-version={d.version}>
      {notice && <NoticeView notice={notice} />}
      <dl className="facts">
        <dt>{t('inboxNeed')}</dt>
        <dd>
          {w(d.needCategory)}
          {d.requestedService && <> · {d.requestedService.name}</>}
        </dd>
        <dt>{t('inboxUrgency')}</dt>
        <dd>{w(d.urgency)}</dd>
        <dt>{t('inboxStatus')}</dt>
        <dd data-field="detail-status">{w(d.status)}</dd>
        <dt>{t('respondBy')}</dt>
        <dd>
          <time dateTime={d.respondBy}>{dateTime(d.respondBy, z, lang)}</time>
        </dd>
        {d.startBy && (
          <>
            <dt>{t('startBy')}</dt>
            <dd>
              <time dateTime={d.startBy}>{dateTime(d.startBy, z, lang)}</time>
            </dd>
          </>
        )}
        <dt>{t('inboxSubjects')}</dt>
        <dd>
          {d.subjectRoles.map((s, i) => (
            <span key={s.person.id} className="inbox-subject">
              {i > 0 && ', '}
              {s.person.fullName}
              {s.childRole && <> ({w(s.childRole)})</>}
            </span>
          ))}
        </dd>
        <dt>{t('inboxReason')}</dt>
        <dd data-field="reason">
          <Field value={d.reason} errors={errors} path={[...path, 'reason']} />
        </dd>
        <dt>{t('inboxConsent')}</dt>
        <dd data-field="consent">
          {d.consent ? (
            <>
              {w(d.consent.relationship)}
              {d.consent.givenBy && <>, {d.consent.givenBy.fullName}</>}, <time dateTime={d.consent.givenAt}>{dateTime(d.consent.givenAt, z, lang)}</time>
              {d.consent.withdrawnAt && (
                <span className="overdue">
                  {' '}
                  · {t('inboxConsentWithdrawn')} <time dateTime={d.consent.withdrawnAt}>{dateTime(d.consent.withdrawnAt, z, lang)}</time>
                </span>
              )}
              <br />
              <Field value={d.consent.scope} errors={errors} path={[...path, 'consent', 'scope']} />
            </>
          ) : (
            <>
              {t('inboxNoConsent')}: <Field value={d.noConsentReason} errors={errors} path={[...path, 'noConsentReason']} />
            </>
          )}
        </dd>
        {d.declineReasonCode && (
          <>
            <dt>{t('inboxDeclineCode')}</dt>
            <dd>{w(d.declineReasonCode)}</dd>
          </>
        )}
        {(d.outcome || d.status === 'DECLINED' || d.status === 'COMPLETED') && (
          <>
            <dt>{t('inboxOutcome')}</dt>
            <dd>
              <Field value={d.outcome} errors={errors} path={[...path, 'outcome']} />
            </dd>
          </>
        )}
      </dl>
      <h3 className="inbox-h3">{t('inboxHistory')}</h3>
      <ol className="events">
        {d.events.map((ev, j) => (
          <li key={ev.id}>
            <time dateTime={ev.at}>{dateTime(ev.at, z, lang)}</time> · {w(ev.action)} ({ev.fromStatus ? `${w(ev.fromStatus)} → ` : ''}
            {w(ev.toStatus)}) {t('by')}{' '}
            <Field value={ev.actor ? `${ev.actor.fullName} (${w(ev.actor.role)})` : null} errors={errors} path={[...path, 'events', j, 'actor']} owner={ev.actorAgency?.name} />
            {ev.actorAgency && <>, {ev.actorAgency.name}</>}
            {ev.note && <> — “{ev.note}”</>}
          </li>
        ))}
      </ol>
      {d.status === 'SUBMITTED' && <SubmittedActions d={d} busy={busy} act={act} />}
      {d.status === 'ACCEPTED' && <AcceptedActions d={d} busy={busy} act={act} />}
    </div>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  return (
    <div className={`inbox-notice inbox-notice-${notice.kind}`} role={notice.kind === 'done' ? 'status' : 'alert'} data-notice={notice.kind} data-rule={notice.refusal?.rule ?? ''}>
      <p>{notice.key ? t(notice.key) : notice.refusal?.message}</p>
      {notice.refusal && (
        <p className="inbox-rule">
          {notice.kind === 'stale' && <>{notice.refusal.message} · </>}
          {notice.refusal.rule ? (
            <>
              {t('inboxRule')}: <code>{notice.refusal.rule}</code>
            </>
          ) : (
            notice.refusal.code && <code>{notice.refusal.code}</code>
          )}
          {notice.refusal.field && (
            <>
              {' '}
              · {t('inboxField')}: <code>{notice.refusal.field}</code>
            </>
          )}
        </p>
      )}
    </div>
  );
}

type Act = (change: () => Promise<unknown>, done: TextKey) => Promise<void>;

function SubmittedActions({ d, busy, act }: { d: Detail; busy: boolean; act: Act }) {
  const { t, w } = useI18n();
  const client = useApolloClient();
  const [note, setNote] = useState('');
  const [code, setCode] = useState<DeclineReasonCode>('NO_CAPACITY');
  const [reason, setReason] = useState('');
  const accept = (e: FormEvent) => {
    e.preventDefault();
    void act(() => client.mutate({ mutation: ACCEPT_REFERRAL, variables: { input: { referralId: d.id, expectedVersion: d.version, note: note.trim() || null } } }), 'inboxAccepted');
  };
  const decline = (e: FormEvent) => {
    e.preventDefault();
    void act(() => client.mutate({ mutation: DECLINE_REFERRAL, variables: { input: { referralId: d.id, expectedVersion: d.version, reasonCode: code, reason: reason.trim() } } }), 'inboxDeclined');
  };
  return (
    <div className="inbox-actions">
      <form className="inbox-action" onSubmit={accept} aria-label={t('inboxAccept')}>
        <label htmlFor={`accept-note-${d.id}`}>{t('inboxNote')}</label>
        <textarea id={`accept-note-${d.id}`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
        <button type="submit" className="inbox-accept" disabled={busy}>
          {t('inboxAccept')}
        </button>
      </form>
      <form className="inbox-action" onSubmit={decline} aria-label={t('inboxDecline')}>
        <label htmlFor={`decline-code-${d.id}`}>{t('inboxDeclineCode')}</label>
        <select id={`decline-code-${d.id}`} value={code} onChange={(e) => setCode(e.target.value as DeclineReasonCode)}>
          {DECLINE_CODES.map((c) => (
            <option key={c} value={c}>
              {w(c)}
            </option>
          ))}
        </select>
        <label htmlFor={`decline-reason-${d.id}`}>{t('inboxDeclineReason')}</label>
        <textarea id={`decline-reason-${d.id}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} required />
        <button type="submit" className="inbox-decline secondary" disabled={busy}>
          {t('inboxDecline')}
        </button>
      </form>
    </div>
  );
}

function AcceptedActions({ d, busy, act }: { d: Detail; busy: boolean; act: Act }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const services = d.toAgency?.services ?? [];
  const [note, setNote] = useState('');
  const [serviceId, setServiceId] = useState(d.requestedService?.id && services.some((s) => s.id === d.requestedService?.id) ? d.requestedService.id : '');
  const familyId = d.family?.id;
  const start = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = note.trim() || null;
    if (serviceId && familyId) {
      const participants = d.subjectRoles.map((s) => ({ personId: s.person.id, childRole: s.childRole ?? null }));
      void act(
        () =>
          client.mutate({
            mutation: START_AND_OPEN_EPISODE,
            variables: { input: { familyId, participants, serviceId, referralId: d.id, startReferral: { expectedVersion: d.version, note: trimmed } } },
          }),
        'inboxStartedWithCase',
      );
    } else {
      void act(() => client.mutate({ mutation: START_REFERRAL, variables: { input: { referralId: d.id, expectedVersion: d.version, note: trimmed } } }), 'inboxStarted');
    }
  };
  return (
    <div className="inbox-actions">
      <form className="inbox-action" onSubmit={start} aria-label={t('inboxStart')}>
        <label htmlFor={`start-service-${d.id}`}>{t('inboxOpenCase')}</label>
        <select id={`start-service-${d.id}`} value={serviceId} onChange={(e) => setServiceId(e.target.value)} disabled={!familyId}>
          <option value="">{t('inboxNoCase')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {!familyId && <p className="hint">{t('inboxNoFamily')}</p>}
        <label htmlFor={`start-note-${d.id}`}>{t('inboxNote')}</label>
        <textarea id={`start-note-${d.id}`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
        <button type="submit" className="inbox-start" disabled={busy}>
          {serviceId ? t('inboxStartAndOpen') : t('inboxStart')}
        </button>
      </form>
    </div>
  );
}
