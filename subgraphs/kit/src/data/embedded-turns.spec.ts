import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, inTransaction, openDataSource } from './data-source';

class CreateNotes1700000000000 implements MigrationInterface {
  up = (queryRunner: QueryRunner) => queryRunner.query('CREATE TABLE notes (text varchar(20) PRIMARY KEY)');
  down = async () => undefined;
}

const later = () => new Promise((resolve) => setTimeout(resolve, 20));

// The embedded database has one connection, which every caller shares.
describe('transactions on the embedded database', () => {
  let dataDir: string;
  let dataSource: DataSource;

  const notes = async () => ((await dataSource.query('SELECT text FROM notes ORDER BY text')) as { text: string }[]).map((row) => row.text);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wf-turns-'));
    ({ dataSource } = createDataSource({ service: 'turns', databaseUrl: '', dataDir, entities: [], migrations: [CreateNotes1700000000000] }));
    await openDataSource(dataSource);
  });
  beforeEach(() => dataSource.query('DELETE FROM notes'));
  afterAll(async () => {
    await dataSource?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A transaction that writes, then waits to be told whether to commit or roll back. */
  function openTransaction(text: string) {
    let finish: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolve) => (finish = resolve));
    const done = inTransaction(dataSource, async (manager) => {
      await manager.query('INSERT INTO notes (text) VALUES (?)', [text]);
      if (!(await decided)) throw new Error(`${text} rolled back`);
    });
    return { commit: () => finish(true), rollBack: () => finish(false), done };
  }

  it('keeps a transaction that committed while another one, begun earlier, rolls back', async () => {
    const first = openTransaction('first');
    await later();
    const second = inTransaction(dataSource, (manager) => manager.query('INSERT INTO notes (text) VALUES (?)', ['second']));
    await later();
    first.rollBack();
    await expect(first.done).rejects.toThrow('first rolled back');
    await second;
    expect(await notes()).toEqual(['second']);
  });

  it('keeps a write made outside any transaction while a transaction was open and then rolled back', async () => {
    const open = openTransaction('open');
    await later();
    const standalone = dataSource.query('INSERT INTO notes (text) VALUES (?)', ['standalone']);
    await later();
    open.rollBack();
    await expect(open.done).rejects.toThrow('open rolled back');
    await standalone;
    expect(await notes()).toEqual(['standalone']);
  });

  it('shows readers outside a transaction only what it committed', async () => {
    const open = openTransaction('pending');
    await later();
    const read = notes();
    await later();
    open.commit();
    await open.done;
    expect(await read).toEqual(['pending']);

    const rolledBack = openTransaction('gone');
    await later();
    const readAgain = notes();
    rolledBack.rollBack();
    await expect(rolledBack.done).rejects.toThrow('gone rolled back');
    expect(await readAgain).toEqual(['pending']);
  });

  it('runs a transaction begun inside another as part of it', async () => {
    await inTransaction(dataSource, async (manager) => {
      await manager.query('INSERT INTO notes (text) VALUES (?)', ['outer']);
      await inTransaction(dataSource, (inner) => inner.query('INSERT INTO notes (text) VALUES (?)', ['inner']));
      await dataSource.query('INSERT INTO notes (text) VALUES (?)', ['by the data source']);
    });
    expect(await notes()).toEqual(['by the data source', 'inner', 'outer']);
  });
});
