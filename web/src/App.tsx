import { useMemo, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { currentSession, forgetSession, jurisdictionOf, type Session } from './auth';
import { createClient } from './client';
import { FamilyProfile } from './FamilyProfile';
import { FindFamily } from './FindFamily';
import { i18n, I18nContext, type Lang } from './i18n';
import { SignIn } from './SignIn';

const LANG_KEY = 'satupintu.lang';

function defaultLang(session: Session | null): Lang {
  const chosen = sessionStorage.getItem(LANG_KEY);
  if (chosen === 'id' || chosen === 'en') return chosen;
  return session && jurisdictionOf(session.token) === 'HK' ? 'en' : 'id';
}

type View = { page: 'find' } | { page: 'profile'; familyId: string };

/** The app: sign in, find a family, open its profile. The token lives in this tab's sessionStorage only. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => currentSession());
  const [lang, setLang] = useState<Lang>(() => defaultLang(session));
  const [view, setView] = useState<View>({ page: 'find' });
  // A new client per session: nothing one user was shown is left for the next.
  const client = useMemo(() => createClient(), [session?.token]);
  const text = i18n(lang);
  const jurisdiction = (session && jurisdictionOf(session.token)) ?? session?.user.jurisdiction ?? 'ID';

  const switchLang = () => {
    const next = lang === 'id' ? 'en' : 'id';
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
    if (!sessionStorage.getItem(LANG_KEY)) setLang(jurisdictionOf(next.token) === 'HK' ? 'en' : 'id');
  };

  return (
    <I18nContext.Provider value={text}>
      <a className="skip" href="#content">
        {lang === 'id' ? 'Langsung ke isi' : 'Skip to content'}
      </a>
      <header className="bar">
        <div className="brand">
          <strong>{text.t('appName')}</strong> <span className="tagline">{text.t('tagline')}</span>
        </div>
        <div className="bar-actions">
          <button type="button" className="link" onClick={switchLang} aria-label={`${text.t('language')}: ${lang === 'id' ? 'English' : 'Bahasa Indonesia'}`} lang={lang === 'id' ? 'en' : 'id'}>
            {lang === 'id' ? 'English' : 'Bahasa Indonesia'}
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
      <div id="content" lang={lang}>
        {!session ? (
          <SignIn onSignedIn={signedIn} />
        ) : (
          <ApolloProvider client={client}>
            {view.page === 'find' ? (
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
