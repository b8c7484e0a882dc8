import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../stack/supergraph';

describe('the committed supergraph', () => {
  const composition = composeSupergraph();

  it('composes from the four subgraph SDL files without errors or hints', () => {
    expect(composition.errors.map((e) => e.message)).toEqual([]);
    expect(composition.hints.map((h) => `${h.definition.code}: ${h.message}`)).toEqual([]);
  });

  it('is what `npm run compose` writes today (not stale)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composition.supergraphSdl);
  });
});
