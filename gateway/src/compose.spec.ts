import { readFileSync } from 'node:fs';
import { compose, COMPOSED_FILES, Composed } from './compose';

const committed = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

describe('supergraph composition', () => {
  let composed: Composed;

  beforeAll(async () => {
    composed = await compose();
  });

  it('composes every subgraph and hides federation internals from clients', () => {
    expect(composed.supergraph).toContain('join__Graph');
    expect(composed.apiSchema).not.toContain('join__');
    expect(composed.apiSchema).not.toContain('resolveApiKey');
  });

  it.each([
    ['supergraph', COMPOSED_FILES.supergraph],
    ['apiSchema', COMPOSED_FILES.apiSchema],
  ] as const)('the committed %s matches the code', (key, file) => {
    if (committed(file) !== composed[key]) throw new Error(`${file} differs from the subgraphs' code: run \`npm run compose\``);
  });
});
