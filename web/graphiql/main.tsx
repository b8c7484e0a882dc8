import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { type FormEvent, StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { bearerFetcher, forgetToken, savedToken, saveToken } from './token';

/** What the gateway says about itself at /graphiql/config. */
interface GatewayFacts {
  endpoint: string;
  persistedOnly: boolean;
}

const DEFAULT_QUERY = `# SatuPintu's gateway (development). A query runs as the
# token's caller, with the access rules, limits and audit
# of every other client.
query MyFamilies {
  families(first: 5) {
    totalCount
    edges { node { id kkNumber jurisdiction } }
  }
}
`;

/**
 * GraphiQL against this gateway's /graphql. The bearer token is entered once and kept in this tab's
 * sessionStorage (never in the URL); every request carries it in the Authorization header.
 */
function Page() {
  const [token, setToken] = useState<string | null>(() => savedToken());
  const [draft, setDraft] = useState('');
  const [facts, setFacts] = useState<GatewayFacts | null>(null);

  useEffect(() => {
    fetch('/graphiql/config', { headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<GatewayFacts>) : null))
      .then(setFacts, () => setFacts(null));
  }, []);

  const fetcher = useMemo(() => (token ? bearerFetcher(facts?.endpoint ?? '/graphql', token) : null), [token, facts?.endpoint]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim().replace(/^Bearer\s+/i, '');
    if (!value) return;
    saveToken(value);
    setToken(value);
    setDraft('');
  };
  const forget = () => {
    forgetToken();
    setToken(null);
  };

  return (
    <div className="gq-page">
      <header className="gq-bar">
        <strong>SatuPintu GraphiQL</strong>
        <span className="gq-dev">development only</span>
        {token ? (
          <span className="gq-token">
            <span role="status">Token set for this tab.</span>
            <button type="button" onClick={forget}>
              Forget token
            </button>
          </span>
        ) : (
          <form className="gq-token" onSubmit={submit}>
            <label htmlFor="gq-token">Bearer token</label>
            <input id="gq-token" type="password" autoComplete="off" spellCheck={false} value={draft} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit" disabled={!draft.trim()}>
              Use token
            </button>
          </form>
        )}
      </header>
      {facts?.persistedOnly && (
        <p className="gq-notice" role="note" data-persisted-only="true">
          This gateway runs only registered operations (persisted-only mode): an operation typed here is refused unless its exact text is in the gateway&apos;s manifest, and so is the schema&apos;s
          introspection.
        </p>
      )}
      <main className="gq-main">
        {fetcher ? (
          <GraphiQL key={token} fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
        ) : (
          <p className="gq-empty">Enter a bearer token (npm run token -- &lt;demo user&gt; prints one) to query the gateway.</p>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
