import { resolve } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';

export type BenchDatabaseUrls = Record<'access' | 'profiles' | 'corporate', string>;

export interface BenchDatabases {
  names: Record<keyof BenchDatabaseUrls, string>;
  urls: BenchDatabaseUrls;
}

export const databaseUrl = (name: string) =>
  `mysql://${TEST_DB.user}:${encodeURIComponent(TEST_DB.password)}@${TEST_DB.host}:${TEST_DB.port}/${name}`;

/** The same MariaDB account the tests use, created through the root socket if it is missing. */
async function ensureAccount(): Promise<void> {
  const prepareAccount = require(resolve(__dirname, '../../scripts/jest-global-setup.js')) as () => Promise<void>;
  await prepareAccount();
}

/** Empty databases of this run's own (two runs at once never share rows), so figures never depend on another run. */
export async function createBenchDatabases(): Promise<BenchDatabases> {
  await ensureAccount();
  const names = { access: `wf_bench_${process.pid}_access`, profiles: `wf_bench_${process.pid}_profiles`, corporate: `wf_bench_${process.pid}_corporate` };
  const connection = await createConnection({ ...TEST_DB });
  try {
    for (const name of Object.values(names)) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
  return { names, urls: { access: databaseUrl(names.access), profiles: databaseUrl(names.profiles), corporate: databaseUrl(names.corporate) } };
}

export async function dropBenchDatabases(databases: BenchDatabases): Promise<void> {
  const connection = await createConnection({ ...TEST_DB });
  try {
    for (const name of Object.values(databases.names)) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await connection.end();
  }
}

export interface DatabaseServerSettings {
  version: string;
  bufferPoolMb: number;
  redoLogMb: number;
}

/** The server settings the figures depend on: a bulk write waits on checkpoint flushing when the redo log is small. */
export async function databaseServerSettings(): Promise<DatabaseServerSettings> {
  const connection = await createConnection({ ...TEST_DB });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_log_file_size AS redo');
    const [{ version, pool, redo }] = rows as { version: string; pool: number | string; redo: number | string }[];
    return { version, bufferPoolMb: Math.round(Number(pool) / 2 ** 20), redoLogMb: Math.round(Number(redo) / 2 ** 20) };
  } finally {
    await connection.end();
  }
}
