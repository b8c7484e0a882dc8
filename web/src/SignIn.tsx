import { type FormEvent, useEffect, useState } from 'react';
import { demoSignIn, type Session, type SessionUser, signInMethods, type SignInMethodId } from './auth';
import { useI18n } from './i18n';
import { finishOidcSignIn, oidcCallbackPending, type OidcConfig, startOidcSignIn } from './oidc';

/**
 * The sign-in page: each method the gateway offers (the demo users in the embedded default, the
 * agency's OpenID provider in servers mode). Coming back from the provider, it finishes that sign-in.
 */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string }) {
  const { t } = useI18n();
  const [methods, setMethods] = useState<SignInMethodId[] | null>(null);
  const [users, setUsers] = useState<SessionUser[]>([]);
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [oidc, setOidc] = useState<OidcConfig | null>(null);
  const [finishing, setFinishing] = useState(() => oidcCallbackPending());

  useEffect(() => {
    signInMethods()
      .then(async ({ methods: offered, oidc: provider }) => {
        setMethods(offered);
        if (offered.includes('oidc') && provider) {
          setOidc(provider);
          if (oidcCallbackPending()) {
            await finishOidcSignIn(provider).then(onSignedIn, (err: Error) => {
              setFinishing(false);
              setError(err.message);
            });
            return;
          }
        }
        setFinishing(false);
        if (offered.includes('demo')) {
          const list = await demoSignIn.users();
          setUsers(list);
          setPicked(list[0]?.key ?? '');
        }
      })
      .catch((err: Error) => setError(err.message));
  }, []);

  const goToProvider = () => {
    if (!oidc) return;
    setError(null);
    startOidcSignIn(oidc).catch((err: Error) => setError(err.message));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    demoSignIn.signIn(picked).then(onSignedIn, (err: Error) => setError(err.message));
  };

  return (
    <main className="page narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signInTitle')}</h1>
      {notice && <p role="status">{notice}</p>}
      {methods === null && !error && <p>{t('loading')}</p>}
      {methods?.length === 0 && <p role="alert">{t('signInUnavailable')}</p>}
      {finishing && !error && <p role="status">{t('signingIn')}</p>}
      {methods?.includes('oidc') && oidc && !finishing && (
        <div className="card">
          <p className="hint">{t('signInOidcHint')}</p>
          <button type="button" id="oidc-sign-in" onClick={goToProvider}>
            {t('signInOidc')}
          </button>
        </div>
      )}
      {methods?.includes('demo') && (
        <form onSubmit={submit} className="card">
          <p className="hint">{t('signInDemoHint')}</p>
          <label htmlFor="demo-user">{t('demoUser')}</label>
          <select id="demo-user" name="demo-user" value={picked} onChange={(e) => setPicked(e.target.value)}>
            {users.map((u) => (
              <option key={u.key} value={u.key}>
                {u.key}: {u.description}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!picked}>
            {t('signIn')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {t('error')}: {error}
        </p>
      )}
    </main>
  );
}
