import { type FormEvent, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { GraphQLFormattedError } from 'graphql';
import { answerOf, type Path, topLevelError } from './answers';
import type { FamilySummaryFragment } from './gql/graphql';
import { useI18n, type TextKey } from './i18n';
import { FIND_BY_CASE_REFERENCE, FIND_BY_HKID, FIND_BY_KK, FIND_BY_NAME, FIND_BY_NIK } from './operations';
import { Field } from './Withheld';

type Mode = 'name' | 'kk' | 'nik' | 'caseReference' | 'hkid';

const MODES: Array<{ mode: Mode; label: TextKey }> = [
  { mode: 'name', label: 'byName' },
  { mode: 'kk', label: 'byKk' },
  { mode: 'nik', label: 'byNik' },
  { mode: 'caseReference', label: 'byCaseReference' },
  { mode: 'hkid', label: 'byHkid' },
];

interface Found {
  family: FamilySummaryFragment;
  path: Path;
}

interface Results {
  found: Found[];
  errors: readonly GraphQLFormattedError[];
  refused?: string;
}

/** Find a family by name (the registry's tolerant search), No. KK, NIK, case reference or HKID. */
export function FindFamily({ jurisdiction, onOpen }: { jurisdiction: 'ID' | 'HK'; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [mode, setMode] = useState<Mode>(jurisdiction === 'HK' ? 'caseReference' : 'name');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<Results | null>(null);

  async function search(): Promise<Results> {
    const value = text.trim();
    if (mode === 'name') {
      const answer = answerOf<{ families: { edges: Array<{ node: FamilySummaryFragment }> } | null }>(await client.query({ query: FIND_BY_NAME, variables: { name: value } }));
      const found = (answer.data?.families?.edges ?? []).map((e, i) => ({ family: e.node, path: ['families', 'edges', i, 'node'] }));
      return { found, errors: answer.errors, refused: answer.failure ?? topLevelError(answer.errors, 'families')?.message };
    }
    if (mode === 'kk' || mode === 'caseReference') {
      const root = mode === 'kk' ? 'familyByKk' : 'familyByCaseReference';
      const result = mode === 'kk' ? await client.query({ query: FIND_BY_KK, variables: { kk: value } }) : await client.query({ query: FIND_BY_CASE_REFERENCE, variables: { ref: value } });
      const answer = answerOf<Record<string, FamilySummaryFragment | null>>(result);
      const family = answer.data?.[root];
      return { found: family ? [{ family, path: [root] }] : [], errors: answer.errors, refused: answer.failure ?? topLevelError(answer.errors, root)?.message };
    }
    const root = mode === 'nik' ? 'personByNik' : 'personByHkid';
    const result = mode === 'nik' ? await client.query({ query: FIND_BY_NIK, variables: { nik: value } }) : await client.query({ query: FIND_BY_HKID, variables: { hkid: value } });
    const answer = answerOf<Record<string, { family: FamilySummaryFragment | null } | null>>(result);
    const family = answer.data?.[root]?.family;
    return { found: family ? [{ family, path: [root, 'family'] }] : [], errors: answer.errors, refused: answer.failure ?? topLevelError(answer.errors, root)?.message };
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    search()
      .then(setResults, (err: Error) => setResults({ found: [], errors: [], refused: err.message }))
      .finally(() => setBusy(false));
  };

  return (
    <main className="page" aria-labelledby="find-title">
      <h1 id="find-title">{t('findTitle')}</h1>
      <form className="card search" onSubmit={submit} role="search">
        <div className="field">
          <label htmlFor="search-mode">{t('searchBy')}</label>
          <select id="search-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
            {MODES.map((m) => (
              <option key={m.mode} value={m.mode}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="search-text">{t('searchText')}</label>
          <input id="search-text" type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? t('searching') : t('search')}
        </button>
      </form>
      {results && (
        <section aria-labelledby="results-title" aria-live="polite">
          <h2 id="results-title">{t('results')}</h2>
          {results.refused && (
            <p role="alert" className="error">
              {results.refused}
            </p>
          )}
          {!results.refused && results.found.length === 0 && <p>{t('noResults')}</p>}
          <ul className="results">
            {results.found.map(({ family, path }) => (
              <li key={family.id} className="card result" data-family-id={family.id}>
                <div>
                  <strong>
                    <Field value={family.head?.fullName} errors={results.errors} path={[...path, 'head']} />
                  </strong>
                  <dl className="facts">
                    <dt>{t('kk')}</dt>
                    <dd>
                      <Field value={family.kkNumber} errors={results.errors} path={[...path, 'kkNumber']} />
                    </dd>
                    {family.caseReference && (
                      <>
                        <dt>{t('caseReference')}</dt>
                        <dd>{family.caseReference}</dd>
                      </>
                    )}
                    <dt>{t('area')}</dt>
                    <dd>
                      <Field
                        value={family.address ? [family.address.district, family.address.regency].filter(Boolean).join(', ') : null}
                        errors={results.errors}
                        path={[...path, 'address']}
                        protectedPlace={family.addressProtected}
                      />
                    </dd>
                  </dl>
                </div>
                <button type="button" onClick={() => onOpen(family.id)}>
                  {t('open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
