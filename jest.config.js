/** Unit tests sit beside the pure logic they test; integration tests in test/ start real PostgreSQL
 * and real servers, so they share one global set-up that migrates template databases once. */
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{platform,domain,gateway,subgraphs,stack,demo,scripts,bench}/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // Integration tests start real servers and PostgreSQL databases on a 2-core machine.
  testTimeout: 60000,
  maxWorkers: 2,
};
