import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/graphiql', import.meta.url));

/**
 * GraphiQL for development, built into dist/graphiql and served by the gateway at /graphiql (never
 * under NODE_ENV=production). Everything comes from npm (graphiql, its Monaco editor and its workers),
 * bundled here: the page loads nothing from a CDN and works with no network but the gateway.
 */
export default defineConfig({
  root,
  base: '/graphiql/',
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'es' },
  oxc: { jsx: { runtime: 'automatic' } },
});
