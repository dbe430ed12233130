import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable, enqueueOutbox, Outbox, OutboxRefusedError } from './outbox';
import { createDataSource, inTransaction, openDataSource } from '../data/data-source';
import { createLogger } from '../logging/logger';
import { createTestDatabase, dropTestDatabase } from '../testing/test-database';

class CreateOutbox1700000000000 implements MigrationInterface {
  up = (queryRunner: QueryRunner) => createOutboxTable(queryRunner);
  down = async () => undefined;
}

// MariaDB, as in production: a relay reads on another connection than an open transaction.
describe('Outbox', () => {
  let databaseUrl: string;
  let dataSource: DataSource;
  let outbox: Outbox;
  let sent: string[][];
  let receiver: (subjectIds: string[]) => Promise<void>;

  const rows = (): Promise<{ subject_id: string; status: string; error: string | null }[]> =>
    dataSource.query('SELECT subject_id, status, error FROM outbox ORDER BY subject_id');

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('outbox');
    ({ dataSource } = createDataSource({ service: 'outbox', databaseUrl, dataDir: '', entities: [], migrations: [CreateOutbox1700000000000] }));
    await openDataSource(dataSource);
    outbox = new Outbox(dataSource, [{ name: 'links', send: (subjectIds) => receiver(subjectIds) }], createLogger('test', 'silent'));
  });
  beforeEach(async () => {
    sent = [];
    receiver = async (subjectIds) => void sent.push(subjectIds);
    await outbox.relay().catch(() => undefined);
    await dataSource.query('DELETE FROM outbox');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('sends what a transaction enqueued only once it commits, and nothing of one rolled back', async () => {
    await expect(
      inTransaction(dataSource, async (manager) => {
        await enqueueOutbox(manager, 'links', ['rolled-back']);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    let commit: () => void = () => undefined;
    const open = inTransaction(dataSource, async (manager) => {
      await enqueueOutbox(manager, 'links', ['p1', 'p1', 'p2']);
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await outbox.relay();
    expect(sent).toEqual([]);
    commit();
    await open;
    await outbox.relay();
    expect(sent.map((ids) => ids.sort())).toEqual([['p1', 'p2']]);
    expect(await rows()).toEqual([
      { subject_id: 'p1', status: 'SENT', error: null },
      { subject_id: 'p2', status: 'SENT', error: null },
    ]);
  });

  it('keeps rows while the receiver is unreachable and sends them when it is back', async () => {
    receiver = async () => {
      throw new Error('gateway unreachable');
    };
    await inTransaction(dataSource, (manager) => enqueueOutbox(manager, 'links', ['p3']));
    await expect(outbox.relay()).rejects.toThrow('unreachable');
    expect((await rows()).map((row) => row.status)).toEqual(['PENDING']);

    receiver = async (subjectIds) => void sent.push(subjectIds);
    await outbox.relay();
    expect(sent).toEqual([['p3']]);
  });

  it('marks a subject the receiver refuses as failed, with its reason, and still sends the others', async () => {
    receiver = async (subjectIds) => {
      if (subjectIds.includes('unknown')) throw new OutboxRefusedError('unknown', 'Profile unknown was not found');
      sent.push(subjectIds);
    };
    await inTransaction(dataSource, (manager) => enqueueOutbox(manager, 'links', ['p4', 'unknown', 'p5']));
    await outbox.relay();
    expect(sent.map((ids) => ids.sort())).toEqual([['p4', 'p5']]);
    expect(await rows()).toEqual([
      { subject_id: 'p4', status: 'SENT', error: null },
      { subject_id: 'p5', status: 'SENT', error: null },
      { subject_id: 'unknown', status: 'FAILED', error: 'Profile unknown was not found' },
    ]);
  });

  it('refuses a topic the subgraph does not have', async () => {
    await expect(inTransaction(dataSource, (manager) => enqueueOutbox(manager, 'nonsense', ['p6']))).rejects.toThrow('nonsense');
  });
});
