import { resolve } from 'node:path';
import { runBenchmark } from './bench';
import { writeResults } from './report';
import { loadBenchSettings } from './settings';
import { RunningStack } from './stack';

let stack: RunningStack | undefined;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the stack\n`);
    void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const settings = loadBenchSettings();
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
  const outcome = await runBenchmark(settings, { log, onStack: (running) => (stack = running) });
  process.stdout.write(`\n${outcome.report}\n\n`);
  const file = writeResults(resolve(__dirname, '../results'), outcome.figures);
  log(`figures: ${file}`);
  return outcome.passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
