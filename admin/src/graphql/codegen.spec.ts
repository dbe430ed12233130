import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const GENERATED = 'admin/src/graphql/generated.ts';

// @graphql-codegen/cli loads ESM-only dependencies (yargs) that jest's CommonJS runtime cannot require on
// Node 20, so its `generate` runs in a child Node process and hands the outputs back without writing them.
const GENERATE_WITHOUT_WRITING = `
  import { generate, loadContext } from '@graphql-codegen/cli';
  const context = await loadContext('codegen.yml');
  const outputs = await generate(context, false);
  process.stdout.write(JSON.stringify(outputs));
`;

describe(GENERATED, () => {
  it('matches the console documents and the composed API schema', () => {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', GENERATE_WITHOUT_WRITING], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const outputs = JSON.parse(stdout) as { filename: string; content: string }[];
    const expected = outputs.find((output) => output.filename.endsWith(GENERATED));

    const committed = readFileSync(join(ROOT, GENERATED), 'utf8');
    if (expected?.content !== committed) {
      throw new Error(`${GENERATED} is out of date with the documents or the schema: run \`npm run codegen\``);
    }
  });
});
