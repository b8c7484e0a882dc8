import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/** The token this tab's GraphiQL sends: sessionStorage only, gone with the tab, never in the URL. */
const KEY = 'satupintu.graphiql.token';

export function savedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

/** Sends each operation to the gateway as JSON with the token in the Authorization header. */
export function bearerFetcher(endpoint: string, token: string): Fetcher {
  return async (params) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(params),
    });
    return res.json();
  };
}
