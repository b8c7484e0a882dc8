import type { ReactElement } from 'react';
import { useQuery } from '@apollo/client/react';
import type { GraphQLFormattedError } from 'graphql';
import { answerOf, missingServices, topLevelError, whyNull } from './answers';
import { date, dateTime, zoneFor } from './format';
import type { FamilyProfilePageQuery } from './gql/graphql';
import { useI18n } from './i18n';
import { FAMILY_PROFILE } from './operations';
import { Field } from './Withheld';

type Family = NonNullable<FamilyProfilePageQuery['family']>;
type AgencyRef = { name: string; sector: string; timeZone: string } | null | undefined;

/** One entry of the timeline: an episode, a referral (with its events) or an appointment, with its agency. */
interface Entry {
  key: string;
  at: number;
  kind: 'episode' | 'referral' | 'appointment';
  agency: AgencyRef;
  render: () => ReactElement;
}

function AgencyLabel({ agency, errors, path }: { agency: AgencyRef; errors: readonly GraphQLFormattedError[]; path: Array<string | number> }) {
  const { w } = useI18n();
  if (!agency) return <Field value={null} errors={errors} path={path} />;
  return (
    <span className="agency">
      {agency.name} <span className={`sector sector-${agency.sector}`}>{w(agency.sector)}</span>
    </span>
  );
}

/** The unified family profile: members, and one timeline across agencies; what may not be seen says so. */
export function FamilyProfile({ id, jurisdiction, onBack }: { id: string; jurisdiction: 'ID' | 'HK'; onBack: () => void }) {
  const { t, w, lang } = useI18n();
  const result = useQuery(FAMILY_PROFILE, { variables: { id } });
  if (result.loading)
    return (
      <main className="page">
        <p role="status">{t('loading')}</p>
      </main>
    );
  const { data, errors, failure } = answerOf<FamilyProfilePageQuery>(result);
  const family = data?.family;
  const back = (
    <button type="button" className="link" onClick={onBack}>
      ← {t('back')}
    </button>
  );
  if (!family) {
    const refusal = failure ?? topLevelError(errors, 'family')?.message;
    return (
      <main className="page">
        {back}
        <p role="alert" className="error">
          {refusal ?? t('notFound')}
        </p>
      </main>
    );
  }
  const zone = (agency: AgencyRef) => zoneFor(agency?.timeZone, family.jurisdiction ?? jurisdiction);
  const missing = missingServices(errors);
  const entries = timeline(family, errors, zone);
  const address = family.address
    ? [family.address.street, family.address.rtRw && `RT/RW ${family.address.rtRw}`, family.address.village, family.address.district, family.address.regency, family.address.province]
        .filter(Boolean)
        .join(', ')
    : null;

  return (
    <main className="page" aria-labelledby="profile-title" data-ready="true">
      {back}
      <h1 id="profile-title">{t('profileTitle')}</h1>
      {missing.length > 0 && (
        <section className="card partial" role="alert" aria-labelledby="partial-title">
          <h2 id="partial-title">{t('missingPart')}</h2>
          <p>{t('missingFrom')}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.service} data-missing-service={m.service}>
                <strong>{m.service}</strong>: {m.paths.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <dl className="facts">
          <dt>{t('kk')}</dt>
          <dd>
            <Field value={family.kkNumber} errors={errors} path={['family', 'kkNumber']} />
          </dd>
          {family.caseReference && (
            <>
              <dt>{t('caseReference')}</dt>
              <dd>{family.caseReference}</dd>
            </>
          )}
          <dt>{t('address')}</dt>
          <dd data-field="address">
            <Field value={address} errors={errors} path={['family', 'address']} protectedPlace={family.addressProtected} />
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('members')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('age')}</th>
                <th scope="col">{t('child')}</th>
                <th scope="col">{t('relationship')}</th>
              </tr>
            </thead>
            <tbody>
              {family.members.map((m, i) => (
                <tr key={m.id}>
                  <td>{m.fullName}</td>
                  <td>
                    <Field value={m.age} errors={errors} path={['family', 'members', i, 'age']} />
                  </td>
                  <td>{m.isChild ? t('yes') : t('no')}</td>
                  <td>
                    <Field value={m.relationship ? w(m.relationship) : null} errors={errors} path={['family', 'members', i, 'relationship']} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        {(['serviceEpisodes', 'referrals', 'appointments'] as const).map((part) =>
          family[part] === null ? (
            <p key={part} className="withheld-line" data-part={part}>
              {t(part === 'serviceEpisodes' ? 'episode' : part === 'referrals' ? 'referral' : 'appointment')}: <Field value={null} errors={errors} path={['family', part]} />
            </p>
          ) : null,
        )}
        {entries.length === 0 && <p>{t('nothing')}</p>}
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entry.key} className={`entry entry-${entry.kind} sector-edge-${entry.agency?.sector ?? 'NONE'}`} data-kind={entry.kind} data-agency={entry.agency?.name ?? ''}>
              {entry.render()}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );

  function timeline(f: Family, errs: readonly GraphQLFormattedError[], zoneOf: (agency: AgencyRef) => string): Entry[] {
    const list: Entry[] = [];
    (f.serviceEpisodes ?? []).forEach((e, i) => {
      const path = ['family', 'serviceEpisodes', i];
      list.push({
        key: `episode-${e.id}`,
        at: Date.parse(`${e.openedOn}T00:00:00Z`),
        kind: 'episode',
        agency: e.agency,
        render: () => (
          <>
            <p className="entry-head">
              <span className="entry-kind">{t('episode')}</span> <time dateTime={e.openedOn}>{date(e.openedOn, lang)}</time>
              {e.closedOn && (
                <>
                  {' '}
                  – <time dateTime={e.closedOn}>{date(e.closedOn, lang)}</time>
                </>
              )}{' '}
              · <AgencyLabel agency={e.agency} errors={errs} path={[...path, 'agency']} />
            </p>
            <p>
              <strong>{e.service.name}</strong> · {w(e.status)}
            </p>
            {e.participantRoles.some((p, k) => p.childRole || whyNull(errs, [...path, 'participantRoles', k, 'childRole'])) && (
              <ul className="roles">
                {e.participantRoles.map((p, k) =>
                  p.childRole || whyNull(errs, [...path, 'participantRoles', k, 'childRole']) ? (
                    <li key={p.person.id}>
                      {p.person.fullName}: <Field value={p.childRole ? w(p.childRole) : null} errors={errs} path={[...path, 'participantRoles', k, 'childRole']} owner={e.agency?.name} />
                    </li>
                  ) : null,
                )}
              </ul>
            )}
            <p>
              {t('leadWorker')}: <Field value={e.leadWorker ? `${e.leadWorker.fullName} (${w(e.leadWorker.role)})` : null} errors={errs} path={[...path, 'leadWorker']} owner={e.agency?.name} />
            </p>
          </>
        ),
      });
    });
    // A case the receiving agency opened from a referral: the referrer is told its status and dates only.
    const episodeIds = new Set((f.serviceEpisodes ?? []).map((e) => `${e.agency?.id}/${e.openedOn}`));
    (f.referrals ?? []).forEach((r, i) => {
      const opened = r.receivingEpisode;
      if (!opened || !r.toAgency || episodeIds.has(`${r.toAgency.id}/${opened.openedOn}`)) return;
      list.push({
        key: `case-${r.id}`,
        at: Date.parse(`${opened.openedOn}T00:00:00Z`),
        kind: 'episode',
        agency: r.toAgency,
        render: () => (
          <>
            <p className="entry-head">
              <span className="entry-kind">{t('episode')}</span> <time dateTime={opened.openedOn}>{date(opened.openedOn, lang)}</time>
              {opened.closedOn && (
                <>
                  {' '}
                  – <time dateTime={opened.closedOn}>{date(opened.closedOn, lang)}</time>
                </>
              )}{' '}
              · {t('caseOpened')} <AgencyLabel agency={r.toAgency} errors={errs} path={['family', 'referrals', i, 'toAgency']} />
            </p>
            <p>
              {w(opened.status)} · <em>{t('statusOnly')}</em>
            </p>
          </>
        ),
      });
    });
    (f.referrals ?? []).forEach((r, i) => {
      const path = ['family', 'referrals', i];
      list.push({
        key: `referral-${r.id}`,
        at: Date.parse(r.createdAt),
        kind: 'referral',
        agency: r.fromAgency,
        render: () => (
          <>
            <p className="entry-head">
              <span className="entry-kind">{t('referral')}</span> <time dateTime={r.createdAt}>{dateTime(r.createdAt, zoneOf(r.fromAgency), lang)}</time> ·{' '}
              <AgencyLabel agency={r.fromAgency} errors={errs} path={[...path, 'fromAgency']} /> → <AgencyLabel agency={r.toAgency} errors={errs} path={[...path, 'toAgency']} />
            </p>
            <p>
              <strong>{w(r.needCategory)}</strong> · {w(r.urgency)} · {w(r.status)} · {t('respondBy')} <time dateTime={r.respondBy}>{dateTime(r.respondBy, zoneOf(r.toAgency), lang)}</time>
              {r.overdue && <span className="overdue"> · {t('overdue')}</span>}
            </p>
            <ol className="events">
              {r.events.map((ev, j) => (
                <li key={ev.id}>
                  <time dateTime={ev.at}>{dateTime(ev.at, zoneOf(r.toAgency), lang)}</time> · {w(ev.action)} ({ev.fromStatus ? `${w(ev.fromStatus)} → ` : ''}
                  {w(ev.toStatus)}) {t('by')}{' '}
                  <Field value={ev.actor ? `${ev.actor.fullName} (${w(ev.actor.role)})` : null} errors={errs} path={[...path, 'events', j, 'actor']} owner={ev.actorAgency?.name} />
                  {ev.actorAgency && <>, {ev.actorAgency.name}</>}
                </li>
              ))}
            </ol>
          </>
        ),
      });
    });
    (f.appointments ?? []).forEach((a, i) => {
      const path = ['family', 'appointments', i];
      list.push({
        key: `appointment-${a.id}`,
        at: Date.parse(a.startsAt),
        kind: 'appointment',
        agency: a.agency,
        render: () => (
          <>
            <p className="entry-head">
              <span className="entry-kind">{t('appointment')}</span> <time dateTime={a.startsAt}>{dateTime(a.startsAt, zoneOf(a.agency), lang)}</time> ·{' '}
              <AgencyLabel agency={a.agency} errors={errs} path={[...path, 'agency']} />
            </p>
            <p>
              <strong>{w(a.kind)}</strong> · {w(a.place)} · {w(a.status)} ·{' '}
              <Field value={a.staff ? `${a.staff.fullName} (${w(a.staff.role)})` : null} errors={errs} path={[...path, 'staff']} owner={a.agency?.name} />
            </p>
          </>
        ),
      });
    });
    return list.sort((a, b) => b.at - a.at);
  }
}
