import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner, Table } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import { createDataSource, inTransaction, openDataSource } from './data-source';
import { createTestDatabase, dropTestDatabase } from '../testing/test-database';

@Entity('bulk_rows')
class BulkRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  text: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'date', nullable: true })
  day: string | null;

  @Column({ type: 'boolean' })
  flag: boolean;

  @Column({ type: 'int' })
  count: number;

  @Column({ type: 'simple-json' })
  data: { lines: string[] };

  @Column({
    type: 'varchar',
    length: 40,
    default: '',
    transformer: { to: (codes?: string[]) => codes?.join(','), from: (stored: string | null) => (stored ? stored.split(',') : []) },
  })
  codes: string[];
}

class CreateBulkRows1700000000000 implements MigrationInterface {
  up = (queryRunner: QueryRunner) =>
    queryRunner.createTable(
      new Table({
        name: 'bulk_rows',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'text', type: 'varchar', length: '40', isNullable: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'day', type: 'date', isNullable: true },
          { name: 'flag', type: 'boolean' },
          { name: 'count', type: 'int' },
          { name: 'data', type: 'text' },
          { name: 'codes', type: 'varchar', length: '40', default: "''" },
        ],
      }),
    );
  down = async () => undefined;
}

const TEXTS = ['plain', 'tab\there', 'two\nlines', 'carriage\rreturn', 'back\\slash', '\\N', 'NULL', 'it\'s "quoted"', '王小明 Zoë 🧳', '', null];
const AT = new Date('2026-03-04T05:06:07.089Z');

/** More rows than the smallest LOAD DATA, each kind of awkward text several times over. */
const rows = (prefix: string, count = 120): BulkRow[] =>
  Array.from({ length: count }, (_, index) =>
    Object.assign(new BulkRow(), {
      id: `${prefix}-${index}`,
      text: TEXTS[index % TEXTS.length],
      at: index % 2 ? AT : new Date(AT.getTime() + index),
      day: index % 3 ? '2026-02-28' : null,
      flag: index % 2 === 0,
      count: index - 50,
      data: { lines: [TEXTS[(index + 1) % TEXTS.length] ?? 'none', 'tab\tand\nnewline'] },
      codes: index % 4 ? ['GB', 'FR'] : undefined,
    }),
  );

describe.each([
  ['MariaDB', true],
  ['SQLite', false],
])('bulkInsert on %s', (_database, mariadb) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-bulk-'));
  let databaseUrl = '';
  let dataSource: DataSource;

  beforeAll(async () => {
    if (mariadb) databaseUrl = await createTestDatabase('bulk');
    ({ dataSource } = createDataSource({ service: 'bulk', databaseUrl, dataDir, entities: [BulkRow], migrations: [CreateBulkRows1700000000000] }));
    await openDataSource(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores what the ORM stores, in a transaction and outside one', async () => {
    const inside = rows('inside');
    const outside = rows('outside');
    const viaOrm = rows('orm');
    const loaded = await inTransaction(dataSource, async (manager) => {
      const loads = async () => (mariadb ? Number((await manager.query("SHOW SESSION STATUS LIKE 'Com_load'"))[0].Value) : 0);
      const before = await loads();
      await bulkInsert(manager, BulkRow, inside);
      return (await loads()) - before;
    });
    await bulkInsert(dataSource.manager, BulkRow, outside);
    await dataSource.getRepository(BulkRow).insert(viaOrm);
    // LOAD DATA on MariaDB in a transaction; INSERTs everywhere else.
    expect(loaded).toBe(mariadb ? 1 : 0);

    const stored = async (prefix: string) =>
      (await dataSource.getRepository(BulkRow).find())
        .filter((row) => row.id.startsWith(`${prefix}-`))
        .map((row) => ({ ...row, id: row.id.slice(prefix.length) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    const expected = await stored('orm');
    expect(expected).toHaveLength(inside.length);
    expect(expected.find((row) => row.id === '-1')).toMatchObject({ text: TEXTS[1], at: AT, day: '2026-02-28', flag: false, count: -49, codes: ['GB', 'FR'] });
    expect(await stored('inside')).toEqual(expected);
    expect(await stored('outside')).toEqual(expected);
  });

  it('loads more rows than fit in one packet of the server (max_allowed_packet), the last one ending in an empty field', async () => {
    const [{ bytes }] = mariadb ? await dataSource.query('SELECT @@max_allowed_packet AS bytes') : [{ bytes: 60_000 }];
    // Rows of about 300 bytes, a file a fifth over the server's packet limit; the last row's codes are empty.
    const count = Math.ceil((Number(bytes) * 1.2) / 300 / 4) * 4 + 1;
    const big = rows('big', count).map((row) => Object.assign(row, { data: { lines: ['x'.repeat(250)] } }));
    expect(big[count - 1].codes).toBeUndefined();
    await inTransaction(dataSource, (manager) => bulkInsert(manager, BulkRow, big));
    const stored = await dataSource.query("SELECT COUNT(*) AS n, SUM(CASE WHEN codes = '' THEN 1 ELSE 0 END) AS empty FROM bulk_rows WHERE id LIKE 'big-%'");
    expect(Number(stored[0].n)).toBe(count);
    expect(Number(stored[0].empty)).toBe(Math.ceil(count / 4));
  });

  it('fails, writing nothing, on a row the database would refuse', async () => {
    const duplicate = [...rows('twice'), ...rows('twice', 1)];
    const tooLong = rows('long').map((row, index) => (index === 7 ? Object.assign(row, { text: 'x'.repeat(41) }) : row));
    await expect(inTransaction(dataSource, (manager) => bulkInsert(manager, BulkRow, duplicate))).rejects.toThrow();
    if (mariadb) await expect(inTransaction(dataSource, (manager) => bulkInsert(manager, BulkRow, tooLong))).rejects.toThrow();
    const left = await dataSource.query("SELECT COUNT(*) AS n FROM bulk_rows WHERE id LIKE 'twice-%' OR id LIKE 'long-%'");
    expect(Number(left[0].n)).toBe(0);
  });
});
