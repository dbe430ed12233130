import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** The MariaDB account tests and the benchmark use; `scripts/jest-global-setup.js` creates it. */
export const TEST_DB = {
  host: process.env.TEST_DB_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_DB_PORT ?? 3306),
  user: process.env.TEST_DB_USER ?? 'wayfarer',
  password: process.env.TEST_DB_PASSWORD ?? 'wayfarer',
};

/** A fresh, empty database for one test process and service (so parallel runs never share one); returns its URL. */
export async function createTestDatabase(service: string): Promise<string> {
  const name = `wf_test_${service}_${process.pid}`;
  const connection = await createConnection({ ...TEST_DB });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  return `mysql://${TEST_DB.user}:${encodeURIComponent(TEST_DB.password)}@${TEST_DB.host}:${TEST_DB.port}/${name}`;
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith('wf_test_')) throw new Error(`refusing to drop ${name}: not a test database`);
  const connection = await createConnection({ ...TEST_DB });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

/**
 * The two databases every subgraph runs on, as `describe.each` cases of the environment that picks
 * each: MariaDB (the test database TestSubgraph creates) and the embedded SQLite in a fresh folder,
 * which {@link removeEmbeddedData} deletes after the run.
 */
export const everyDatabase = (): [string, Record<string, string>][] => [
  ['MariaDB', {}],
  ['the embedded database', { DATABASE_URL: '', DATA_DIR: mkdtempSync(join(tmpdir(), 'wf-test-embedded-')) }],
];

export const removeEmbeddedData = (environment: Record<string, string>): void => {
  if (environment.DATA_DIR) rmSync(environment.DATA_DIR, { recursive: true, force: true });
};
