import { createConnection } from 'mysql2/promise';

/** The MariaDB account tests and the benchmark use; `scripts/jest-global-setup.js` creates it. */
export const TEST_DB = {
  host: process.env.TEST_DB_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_DB_PORT ?? 3306),
  user: process.env.TEST_DB_USER ?? 'wayfarer',
  password: process.env.TEST_DB_PASSWORD ?? 'wayfarer',
};

/** A fresh, empty database for one test worker and service; returns its URL. */
export async function createTestDatabase(service: string): Promise<string> {
  const worker = process.env.JEST_WORKER_ID ?? '0';
  const name = `wf_test_${service}_${worker}`;
  const connection = await createConnection({ ...TEST_DB });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  return `mysql://${TEST_DB.user}:${encodeURIComponent(TEST_DB.password)}@${TEST_DB.host}:${TEST_DB.port}/${name}`;
}
