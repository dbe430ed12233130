import { resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';

export const BENCH_DATABASES = { access: 'wf_bench_access', profiles: 'wf_bench_profiles', corporate: 'wf_bench_corporate' } as const;

export type BenchDatabaseUrls = Record<keyof typeof BENCH_DATABASES, string>;

export const databaseUrl = (name: string) =>
  `mysql://${TEST_DB.user}:${encodeURIComponent(TEST_DB.password)}@${TEST_DB.host}:${TEST_DB.port}/${name}`;

/** The same MariaDB account the tests use, created through the root socket if it is missing. */
async function ensureAccount(): Promise<void> {
  const prepareAccount = require(resolve(__dirname, '../../scripts/jest-global-setup.js')) as () => Promise<void>;
  await prepareAccount();
}

/** Empty benchmark databases on every run, so figures never depend on a previous run's rows. */
export async function recreateBenchDatabases(): Promise<BenchDatabaseUrls> {
  await ensureAccount();
  const connection = await createConnection({ ...TEST_DB });
  try {
    for (const name of Object.values(BENCH_DATABASES)) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
  return { access: databaseUrl(BENCH_DATABASES.access), profiles: databaseUrl(BENCH_DATABASES.profiles), corporate: databaseUrl(BENCH_DATABASES.corporate) };
}
