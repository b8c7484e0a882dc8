import { ApolloServer, BaseContext } from '@apollo/server';
import { defineIntegrationTestSuite } from '@apollo/server-integration-testsuite';
import { HttpService } from './http-service';

/** The kit's HTTP layer with a plain Apollo server behind it, as the suite builds them. */
async function serve(config: ConstructorParameters<typeof ApolloServer<BaseContext>>[0], context: () => Promise<BaseContext>, noStore: boolean) {
  const apollo = new ApolloServer<BaseContext>(config);
  const http = new HttpService<BaseContext>({ name: 'integration-suite', apollo, context, readiness: async () => ({ ready: true, checks: {} }), noStore });
  await apollo.start();
  const port = await http.listen(0);
  return { apollo, http, url: `http://127.0.0.1:${port}` };
}

/**
 * The kit's HTTP layer serves both the gateway and the subgraphs, so it is held to Apollo's own
 * integration test suite (the 5.5.0 suite, the newest published; it runs against the 5.5.1 server).
 *
 * One deliberate difference: the services send `Cache-Control: no-store` on every answer that sets
 * no cache policy of its own, since answers about families must never sit in a browser or proxy
 * cache. Two cases of the suite ("cache-control not set without any hints with if-cacheable" and
 * "runs when cache-control is disabled") expect no header at all, so the suite runs with that
 * default switched off (`noStore: false`); the test below checks the default.
 */
describe('HttpService under the Apollo Server integration test suite', () => {
  defineIntegrationTestSuite(async (config, options) => {
    const { apollo, http, url } = await serve(config, async () => (options?.context ? options.context() : {}), false);
    return { server: apollo, url, extraCleanup: () => new Promise<void>((resolve) => http.server.close(() => resolve())) };
  });
});

describe('HttpService response headers', () => {
  it('marks every answer no-store and nosniff, GraphQL, errors and health alike', async () => {
    const { http, url } = await serve({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }, async () => ({}), true);
    try {
      const answers = await Promise.all([
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) }),
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' }),
        fetch(`${url}/health/live`),
        fetch(`${url}/nowhere`),
      ]);
      for (const res of answers) {
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }
    } finally {
      await http.stop(100);
    }
  });
});
