import { resolve } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { createConnection } from 'mysql2/promise';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';
import { SUBGRAPHS, SubgraphName } from '@wayfarer/registry';

export type BenchDatabaseUrls = Record<SubgraphName, string>;

export interface BenchDatabases {
  names: Record<SubgraphName, string>;
  urls: BenchDatabaseUrls;
}

const bySubgraph = (value: (name: SubgraphName) => string) =>
  Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, value(name)])) as Record<SubgraphName, string>;

export const databaseUrl = (name: string) => `mysql://${TEST_DB.user}:${encodeURIComponent(TEST_DB.password)}@${TEST_DB.host}:${TEST_DB.port}/${name}`;

/** The same MariaDB account the tests use, created through the root socket if it is missing. */
async function ensureAccount(): Promise<void> {
  const prepareAccount = require(resolve(__dirname, '../../scripts/jest-global-setup.js')) as () => Promise<void>;
  await prepareAccount();
}

/** Empty databases of this run's own (two runs at once never share rows), so figures never depend on another run. */
export async function createBenchDatabases(): Promise<BenchDatabases> {
  await ensureAccount();
  const names = bySubgraph((name) => `wf_bench_${process.pid}_${name}`);
  const connection = await createConnection({ ...TEST_DB });
  try {
    for (const name of Object.values(names)) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
  return { names, urls: bySubgraph((name) => databaseUrl(names[name])) };
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

/** Dirty pages left, as a share of the buffer pool, when the database counts as settled. */
const SETTLED_DIRTY_SHARE = 0.01;
/** InnoDB stops writing back once it is under its low-water mark, leaving some pages dirty for good: no fall for this long means it has. */
const SETTLE_STALL_MS = 10_000;
const SETTLE_POLL_MS = 2_000;

/**
 * Waits, up to `limitMs`, for InnoDB to write back the pages the seed changed. It does that in the
 * background after the writes are done, and with a large redo log it may still have gigabytes to
 * write when the timed runs start, which then share the machine with it.
 */
export async function settleDatabase(limitMs: number): Promise<{ seconds: number; dirtyPages: number }> {
  const connection = await createConnection({ ...TEST_DB });
  try {
    const started = Date.now();
    let fewest = Infinity;
    let fellAt = started;
    for (;;) {
      const [rows] = await connection.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_buffer_pool_pages_dirty', 'Innodb_buffer_pool_pages_total')");
      const status = Object.fromEntries((rows as { Variable_name: string; Value: string }[]).map((row) => [row.Variable_name, Number(row.Value)]));
      const dirtyPages = status.Innodb_buffer_pool_pages_dirty;
      const now = Date.now();
      if (dirtyPages < fewest) [fewest, fellAt] = [dirtyPages, now];
      const settled = dirtyPages <= status.Innodb_buffer_pool_pages_total * SETTLED_DIRTY_SHARE || now - fellAt >= SETTLE_STALL_MS;
      if (settled || now - started >= limitMs) return { seconds: (now - started) / 1000, dirtyPages };
      await setTimeout(SETTLE_POLL_MS);
    }
  } finally {
    await connection.end();
  }
}
