import { resolve } from 'node:path';
import type { Writable } from 'node:stream';

export interface StackOptions {
  port: number;
  dataDir: string;
  demo: boolean;
  databaseUrls: { access: string; profiles: string; corporate: string; loyalty: string };
  env: Record<string, string>;
  output: Writable;
}

export interface RunningStack {
  url: string;
  pids: { access: number; profiles: number; corporate: number; loyalty: number; gateway: number };
  secrets: Record<string, string>;
  stop(): Promise<void>;
}

/** The launcher `npm start` and the browser tests use (plain JavaScript under scripts/). */
export function startStack(options: StackOptions): Promise<RunningStack> {
  const launcher = require(resolve(__dirname, '../../scripts/stack.js')) as { startStack(options: StackOptions): Promise<RunningStack> };
  return launcher.startStack(options);
}
