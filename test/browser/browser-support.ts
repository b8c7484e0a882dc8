import { existsSync, mkdirSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { repoPath } from '../../platform/paths';
import { buildGateway, Gateway, GatewayOptions } from '../../gateway/src/server';
import { DemoSignInUser } from '../../gateway/src/web-app';
import { DEMO_USERS, demoClaims } from '../../demo/demo-users';
import type { Stack } from '../support/stack';

/**
 * What every browser test shares: Debian's Chromium (skipped without it, except in CI, where .ci/run
 * installs it and sets SATUPINTU_REQUIRE_CHROMIUM=1 so that the tests must run), the folder its
 * screenshots go to, and a gateway serving the built web app with the demo sign-in over a test stack.
 */
export const CHROMIUM = '/usr/bin/chromium';
const required = process.env.SATUPINTU_REQUIRE_CHROMIUM === '1' || !!process.env.CI;
const available = existsSync(CHROMIUM);
if (!available && !required) console.warn(`test/browser skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it and runs these tests.`);
export const describeBrowser = available || required ? describe : describe.skip;

/** Where screenshots go (git-ignored). */
export const OUT = repoPath('test-output', 'browser');

/** A gateway over the stack that serves the built app with the demo sign-in, and the app's URL. */
export async function startAppGateway(stack: Stack, options: Partial<GatewayOptions> = {}): Promise<{ gateway: Gateway; appUrl: string }> {
  if (!existsSync(repoPath('dist', 'app', 'index.html'))) throw new Error('the web app is not built: run npm run build');
  mkdirSync(OUT, { recursive: true });
  const users: DemoSignInUser[] = DEMO_USERS.map((u) => ({ key: u.key, description: u.description, claims: demoClaims(u) }));
  const gateway = buildGateway({
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
    auth: { secret: process.env.SATUPINTU_JWT_SECRET },
    subgraphTimeoutMs: 15_000,
    webApp: { demoSignIn: { users, secret: process.env.SATUPINTU_JWT_SECRET! } },
    ...options,
  });
  return { gateway, appUrl: `http://127.0.0.1:${await gateway.start(0)}/app/` };
}

/** Chromium, headless, as the machines here can run it (no sandbox in a container, no GPU). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
