// A local OpenID provider for the browser tests (test/browser/oidc-sign-in.test.ts), run as its own
// Node process because oidc-provider is an ES module that Jest's CommonJS loader cannot require.
// One public client using PKCE (authorization code, no secret), the package's development login
// (any demo user's key as the login, any password), and access tokens as RS256 JWTs for the
// SatuPintu gateway carrying SatuPintu's claims (agency, roles, jur, area, staff). The settings come
// as JSON in OIDC_TEST_CONFIG: { port, clientId, redirectUris, audience, jwk, users: { key: claims } }.
// Prints "ready <issuer>" once listening.
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const issuer = `http://127.0.0.1:${config.port}`;
// The resource indicator the gateway's tokens are for (an absolute URI), and their audience claim.
const RESOURCE = 'urn:satupintu:gateway';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: config.redirectUris,
    },
  ],
  jwks: { keys: [config.jwk] },
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
  scopes: ['openid', 'profile'],
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== RESOURCE) throw new Error(`unknown resource ${resource}`);
        return { scope: 'openid profile', audience: config.audience, accessTokenTTL: 15 * 60, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  async findAccount(_ctx, id) {
    const user = config.users[id];
    if (!user) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, name: user.description, preferred_username: id }) };
  },
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const user = config.users[token.accountId];
    if (!user) return undefined;
    const { staff, agency, roles, jur, area } = user.claims;
    return { staff, agency, roles, jur, area };
  },
});
provider.on('server_error', (_ctx, err) => console.error('oidc-provider:', err));

provider.listen(config.port, '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});
