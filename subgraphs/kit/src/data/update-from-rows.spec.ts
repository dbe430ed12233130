import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, MigrationInterface, QueryRunner, Table } from 'typeorm';
import { createDataSource, inTransaction, openDataSource } from './data-source';
import { updateFromRows } from './update-from-rows';
import { createTestDatabase, dropTestDatabase } from '../testing/test-database';

class CreateCounters1700000000001 implements MigrationInterface {
  up = (queryRunner: QueryRunner) =>
    queryRunner.createTable(
      new Table({
        name: 'counters',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'total', type: 'int' },
          { name: 'due_on', type: 'date' },
          { name: 'label', type: 'varchar', length: '20' },
        ],
      }),
    );
  down = async () => undefined;
}

describe.each([
  ['MariaDB', true],
  ['SQLite', false],
])('updateFromRows and transactions on %s', (_database, mariadb) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-update-rows-'));
  let databaseUrl = '';
  let dataSource: DataSource;
  let statements: ReturnType<typeof createDataSource>['statements'];

  beforeAll(async () => {
    if (mariadb) databaseUrl = await createTestDatabase('update_rows');
    ({ dataSource, statements } = createDataSource({ service: 'update-rows', databaseUrl, dataDir, entities: [], migrations: [CreateCounters1700000000001] }));
    await openDataSource(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const stored = async () =>
    (await dataSource.query('SELECT id, total, due_on AS dueOn, label FROM counters ORDER BY id')).map((row: Record<string, unknown>) => ({
      id: row.id,
      total: Number(row.total),
      dueOn: (row.dueOn instanceof Date ? row.dueOn.toISOString() : String(row.dueOn)).slice(0, 10),
      label: row.label,
    }));

  it('changes each row by its own values, leaves rows not given alone, and binds the shared parameters', async () => {
    const ids = Array.from({ length: 3_000 }, (_, index) => `c${String(index).padStart(5, '0')}`);
    await dataSource.query(`INSERT INTO counters (id, total, due_on, label) VALUES ${ids.map(() => "(?, 10, '2026-06-30', 'old')").join(', ')}`, ids);
    const given = ids.filter((_, index) => index % 3 !== 0);
    // More rows than one statement takes with four values each on SQLite (30,000 bound values).
    const rows = [...given, ...given, ...given, ...given].map((id, index) => [id, index % 7, index % 2 ? '2026-01-15' : null]).slice(0, given.length);
    await inTransaction(dataSource, (manager) =>
      updateFromRows(manager, {
        table: 'counters',
        key: 'id',
        columns: ['given_total', 'given_due_on'],
        rows,
        set: 'total = total + given.given_total, due_on = CASE WHEN given.given_due_on < due_on THEN given.given_due_on ELSE due_on END, label = ?',
        parameters: ['new'],
      }),
    );
    const byId = new Map((await stored()).map((row: { id: string }) => [row.id, row]));
    for (const [id, delta, dueOn] of rows)
      expect(byId.get(id as string)).toEqual({ id, total: 10 + (delta as number), dueOn: dueOn ?? '2026-06-30', label: 'new' });
    for (const id of ids.filter((_, index) => index % 3 === 0)) expect(byId.get(id)).toEqual({ id, total: 10, dueOn: '2026-06-30', label: 'old' });
  });

  it('refuses a row of the wrong width before writing', async () => {
    await expect(
      inTransaction(dataSource, (manager) =>
        updateFromRows(manager, {
          table: 'counters',
          key: 'id',
          columns: ['given_total'],
          rows: [['c00001', 1], ['c00002']],
          set: 'total = given.given_total',
        }),
      ),
    ).rejects.toThrow('each row gives 2 values');
  });

  if (mariadb)
    it('runs transactions at READ COMMITTED, setting the level once per pooled connection', async () => {
      const isolation = () => inTransaction(dataSource, async (manager) => (await manager.query('SELECT @@tx_isolation AS level'))[0].level);
      // As many at once as the pool holds, so every pooled connection has had a transaction.
      expect(await Promise.all(Array.from({ length: 10 }, isolation))).toEqual(Array(10).fill('READ-COMMITTED'));
      const before = statements.total;
      for (let run = 0; run < 5; run++) expect(await isolation()).toBe('READ-COMMITTED');
      // START TRANSACTION, the select, COMMIT: the pool's connections already read committed.
      expect(statements.total - before).toBe(15);
    });
});
