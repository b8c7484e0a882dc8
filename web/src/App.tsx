import { useEffect, useMemo, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { currentSession, forgetSession, jurisdictionOf, type Session } from './auth';
import { createClient } from './client';
import { FamilyProfile } from './FamilyProfile';
import { FindFamily } from './FindFamily';
import { Inbox } from './Inbox';
import { Indicators } from './Indicators';
import { isAreaManager } from './indicators-model';
import { agencyOf } from './inbox-model';
import { asLang, i18n, indicatorText, I18nContext, LANGUAGE_NAMES, type Lang, languagesOf } from './i18n';
import { SignIn } from './SignIn';

const LANG_KEY = 'satupintu.lang';

/** The two languages on offer: the session's jurisdiction's (before sign-in, those of the language shown). */
function languagesFor(session: Session | null, shown: Lang | null): readonly [Lang, Lang] {
  if (session) return languagesOf(jurisdictionOf(session.token) ?? session.user.jurisdiction);
  return languagesOf(shown === 'zh-Hant' ? 'HK' : 'ID');
}

/** The tab's chosen language when it is one of the session's two, else the jurisdiction's default. */
function defaultLang(session: Session | null): Lang {
  const chosen = asLang(sessionStorage.getItem(LANG_KEY));
  const offered = languagesFor(session, chosen);
  return chosen && offered.includes(chosen) ? chosen : offered[0];
}

type View = { page: 'find' } | { page: 'profile'; familyId: string } | { page: 'inbox' } | { page: 'indicators' };

/** The app: sign in, find a family, open its profile. The token lives in this tab's sessionStorage only. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => currentSession());
  const [lang, setLang] = useState<Lang>(() => defaultLang(session));
  const [view, setView] = useState<View>({ page: 'find' });
  // A new client per session: nothing one user was shown is left for the next.
  const client = useMemo(() => createClient(), [session?.token]);
  const text = i18n(lang);
  const jurisdiction = (session && jurisdictionOf(session.token)) ?? session?.user.jurisdiction ?? 'ID';
  // The referral inbox is an agency's own: offered to callers who act for one.
  const inboxAgency = session ? agencyOf(session.token) : null;
  // The area indicators are a cross-agency manager's.
  const manager = session ? isAreaManager(session.token) : false;

  const [firstLang, secondLang] = languagesFor(session, lang);
  const otherLang = lang === firstLang ? secondLang : firstLang;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const switchLang = () => {
    const next = otherLang;
    sessionStorage.setItem(LANG_KEY, next);
    setLang(next);
  };
  const signOut = () => {
    forgetSession();
    void client.clearStore();
    setSession(null);
    setView({ page: 'find' });
  };
  const signedIn = (next: Session) => {
    setSession(next);
    setLang(defaultLang(next));
  };

  return (
    <I18nContext.Provider value={text}>
      <a className="skip" href="#content">
        {text.t('skipToContent')}
      </a>
      <header className="bar">
        <div className="brand">
          <strong>{text.t('appName')}</strong> <span className="tagline">{text.t('tagline')}</span>
        </div>
        <div className="bar-actions">
          <button type="button" className="link" onClick={switchLang} aria-label={`${text.t('language')}: ${LANGUAGE_NAMES[otherLang]}`} lang={otherLang}>
            {LANGUAGE_NAMES[otherLang]}
          </button>
          {session && (
            <>
              <span className="who" title={session.user.description}>
                {text.t('signedInAs')} <strong>{session.user.key}</strong>
              </span>
              <button type="button" onClick={signOut}>
                {text.t('signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      {session && (inboxAgency || manager) && (
        <nav className="app-nav" aria-label={text.t('navInbox')}>
          <button type="button" className="link" aria-current={view.page === 'find' || view.page === 'profile' ? 'page' : undefined} onClick={() => setView({ page: 'find' })}>
            {text.t('navFind')}
          </button>
          {inboxAgency && (
            <button type="button" className="link" aria-current={view.page === 'inbox' ? 'page' : undefined} onClick={() => setView({ page: 'inbox' })} data-nav="inbox">
              {text.t('navInbox')}
            </button>
          )}
          {manager && (
            <button type="button" className="link" aria-current={view.page === 'indicators' ? 'page' : undefined} onClick={() => setView({ page: 'indicators' })} data-nav="indicators">
              {indicatorText(lang).nav}
            </button>
          )}
        </nav>
      )}
      <div id="content" lang={lang}>
        {!session ? (
          <SignIn onSignedIn={signedIn} />
        ) : (
          <ApolloProvider client={client}>
            {view.page === 'indicators' && manager ? (
              <Indicators jurisdiction={jurisdiction} />
            ) : view.page === 'inbox' && inboxAgency ? (
              <Inbox agencyId={inboxAgency} jurisdiction={jurisdiction} />
            ) : view.page === 'find' || view.page === 'inbox' || view.page === 'indicators' ? (
              <FindFamily jurisdiction={jurisdiction} onOpen={(familyId) => setView({ page: 'profile', familyId })} />
            ) : (
              <FamilyProfile id={view.familyId} jurisdiction={jurisdiction} onBack={() => setView({ page: 'find' })} />
            )}
          </ApolloProvider>
        )}
      </div>
    </I18nContext.Provider>
  );
}
