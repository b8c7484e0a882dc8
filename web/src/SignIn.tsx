import { type FormEvent, useEffect, useState } from 'react';
import { demoSignIn, type Session, type SessionUser, signInMethods, type SignInMethodId } from './auth';
import { useI18n } from './i18n';

/** The sign-in page: each method the gateway offers (the demo users in the embedded default). */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string }) {
  const { t } = useI18n();
  const [methods, setMethods] = useState<SignInMethodId[] | null>(null);
  const [users, setUsers] = useState<SessionUser[]>([]);
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    signInMethods()
      .then(async (offered) => {
        setMethods(offered);
        if (offered.includes('demo')) {
          const list = await demoSignIn.users();
          setUsers(list);
          setPicked(list[0]?.key ?? '');
        }
      })
      .catch((err: Error) => setError(err.message));
  }, []);

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
