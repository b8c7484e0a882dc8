import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { gatewayServedPage } from '../vite-base';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/graphiql', import.meta.url));

/**
 * GraphiQL for development, built into dist/graphiql and served by the gateway at /graphiql (never
 * under NODE_ENV=production). Everything comes from npm (graphiql, its Monaco editor and its workers),
 * bundled here: the page loads nothing from a CDN and works with no network but the gateway.
 */
const page = gatewayServedPage(root, '/graphiql/', outDir);

export default defineConfig({
  ...page,
  // The editor and its language workers are large by nature; they load only on this development page.
  build: { ...page.build, chunkSizeWarningLimit: 8000 },
  worker: { format: 'es' },
});
