import { SignJWT } from 'jose';
import { Caller, signInternalToken, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { DEMO_USERS, demoClaims } from '../../demo/demo-users';

/**
 * Who the benchmark calls as: the demo cross-agency manager of Dinas Sosial Kota Tangerang Selatan
 * (tangsel-manager), with an area widened from 3674 to the four provinces the bench families live in
 * (Jawa Barat 32, Jawa Timur 35, Banten 36 and Nusa Tenggara Barat 52), so that every random
 * Indonesian family is visible, with sensitive fields redacted as for any manager.
 */
export const BENCH_AREA = ['32', '35', '36', '52'];

function claims() {
  const user = DEMO_USERS.find((u) => u.key === 'tangsel-manager');
  if (!user) throw new Error('the demo user tangsel-manager is gone; pick another AREA_MANAGER for the benchmark');
  return { ...demoClaims(user), area: BENCH_AREA };
}

/** The bench caller as the gateway derives it from the bearer token. */
export function benchCaller(): Caller {
  const { sub, agency, roles, jur, area } = claims();
  return { subject: sub, staffId: null, agencyId: agency ?? null, roles, jurisdiction: jur, area, serviceArea: [] };
}

/** The bench caller's bearer token for SatuPintu's gateway (HS256 with the run's key). */
export async function bearerToken(jwtSecret: string): Promise<string> {
  const { sub, ...rest } = claims();
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('satupintu')
    .setAudience('satupintu-gateway')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(new TextEncoder().encode(jwtSecret));
}

/**
 * Identity tokens of the bench caller for each subgraph, signed by the kit's own signInternalToken
 * (they live 15 s and are reused while 10 s remain, so they are renewed every 2 s): what the
 * direct-subgraph and Hive Gateway runs send in place of SatuPintu's gateway. Needs the run's
 * SATUPINTU_IDENTITY_PRIVATE_KEY in this process's environment.
 */
export class InternalTokens {
  private tokens = {} as Record<SubgraphName, string>;
  private timer: NodeJS.Timeout | undefined;
  private readonly caller = benchCaller();

  async start(): Promise<void> {
    await this.renew();
    this.timer = setInterval(() => void this.renew(), 2_000);
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    const entries = await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await signInternalToken(this.caller, n)] as const));
    this.tokens = Object.fromEntries(entries) as Record<SubgraphName, string>;
  }

  get(subgraph: SubgraphName): string {
    return this.tokens[subgraph];
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
