import type { UserConfig } from 'vite';

/**
 * What every page the gateway serves is built with: hashed asset names (cached for a year), nothing
 * inlined (the pages' CSP allows only 'self'), no module-preload polyfill (an inline script), no source
 * maps, modern browsers, React's automatic JSX.
 */
export function gatewayServedPage(root: string, base: string, outDir: string): UserConfig {
  return {
    root,
    base,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false }, sourcemap: false, target: 'es2022' },
    oxc: { jsx: { runtime: 'automatic' } },
  };
}
