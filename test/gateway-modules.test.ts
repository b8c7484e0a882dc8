import { execFileSync } from 'node:child_process';
import { repoPath } from '../platform';

/**
 * The gateway process holds no database code: it loads the platform, never the subgraph kit, so no
 * database driver or ORM is in its memory or its attack surface (only replicas sharing rate-limit
 * counters through GATEWAY_DATABASE_URL load the PostgreSQL driver, and no ORM). Checked on the built gateway the way
 * `npm start` runs it, by the modules Node has loaded.
 */
describe('the gateway process', () => {
  it('loads neither typeorm nor pg nor the subgraph kit', () => {
    const script = `
      for (const m of ['index', 'server', 'authenticate']) require.resolve('./dist/gateway/src/' + m);
      require('./dist/gateway/src/server');
      require('./dist/gateway/src/authenticate');
      require('./dist/platform');
      console.log(JSON.stringify(Object.keys(require.cache)));`;
    const loaded: string[] = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: repoPath(), encoding: 'utf8' }));
    expect(loaded.some((m) => m.includes('/dist/gateway/src/server.js'))).toBe(true);
    const forbidden = loaded.filter((m) => /\/node_modules\/(typeorm|pg|pg-pool|pg-protocol|dataloader)\//.test(m) || m.includes('/dist/subgraphs/'));
    expect(forbidden).toEqual([]);
  });
});
