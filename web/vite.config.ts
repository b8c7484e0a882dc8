import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { gatewayServedPage } from './vite-base';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/app', import.meta.url));

/**
 * The managers' web app, built into dist/app and served by the gateway at /app (`npm run build`).
 * Hashed asset names (cached for a year), no inline scripts or styles (the page's CSP allows only
 * 'self'), nothing from a CDN; the persisted-operations manifest goes beside index.html for the gateway.
 */
export default defineConfig({
  ...gatewayServedPage(root, '/app/', outDir),
  plugins: [
    {
      name: 'satupintu-persisted-operations',
      closeBundle() {
        copyFileSync(fileURLToPath(new URL('persisted-operations.json', import.meta.url)), `${outDir}/persisted-operations.json`);
      },
    },
  ],
});
