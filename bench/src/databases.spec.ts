import { createConnection } from 'mysql2/promise';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';
import { databaseServerSettings, settleDatabase } from './databases';

describe('databaseServerSettings', () => {
  it('reports the server the figures came from, with its buffer pool and redo log in MB', async () => {
    const connection = await createConnection({ ...TEST_DB });
    const [rows] = await connection.query('SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_log_file_size AS redo');
    await connection.end();
    const [server] = rows as { version: string; pool: string; redo: string }[];
    expect(await databaseServerSettings()).toEqual({
      version: server.version,
      bufferPoolMb: Number(server.pool) / 2 ** 20,
      redoLogMb: Number(server.redo) / 2 ** 20,
    });
  });

  it('stops waiting for the write-back at its limit, saying how many pages were left', async () => {
    const settled = await settleDatabase(0);
    expect(settled.seconds).toBeLessThan(1);
    expect(Number.isInteger(settled.dirtyPages) && settled.dirtyPages >= 0).toBe(true);
  });
});
