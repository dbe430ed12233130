import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campaignSmtpPort } from './console';

interface RunningStack {
  url: string;
  stop(): Promise<void>;
}
type StartStack = (options: { dataDir: string; port: number; output: NodeJS.WritableStream; env?: Record<string, string> }) => Promise<RunningStack>;

const ROOT = join(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'admin/e2e/artifacts');

declare global {
  var wayfarerStack: RunningStack | undefined;
}

/**
 * Builds the console (so the run tests the current code, not a stale dist) and starts the whole stack on
 * a fresh embedded database with the demo staff and travellers.
 */
export default async function startE2eStack(): Promise<void> {
  // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npm', ['run', 'build', '-w', 'admin'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  mkdirSync(ARTIFACTS, { recursive: true });
  const { startStack } = require(join(ROOT, 'scripts/stack.js')) as { startStack: StartStack };
  const port = Number(process.env.E2E_PORT ?? 4400);
  const stack = await startStack({
    dataDir: mkdtempSync(join(tmpdir(), 'wayfarer-e2e-')),
    port,
    output: createWriteStream(join(ARTIFACTS, 'stack.log')),
    // Campaign e-mail goes to the SMTP server a test starts on this port (see campaignSmtpPort).
    env: { SMTP_URL: `smtp://127.0.0.1:${campaignSmtpPort(port)}`, CAMPAIGN_FROM_ADDRESS: 'campaigns@wayfarer.test' },
  });
  globalThis.wayfarerStack = stack;
  process.env.WAYFARER_E2E_URL = stack.url;
}
