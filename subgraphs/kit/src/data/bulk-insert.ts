import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';

/**
 * Bound values per statement: under SQLite's limit (32,766), and a statement MariaDB parses
 * quickly. MariaDB's own limit (65,535) binds only server-side prepared statements; the driver
 * sends these as text.
 */
const VALUES_PER_STATEMENT = 30_000;

export interface BulkInsertOptions {
  /** Skip rows whose key is already stored instead of failing (for backfills that may race a write). */
  ignoreExisting?: boolean;
}

/**
 * Plain multi-row INSERTs of whole entities: at thousands of rows the ORM's per-entity work
 * in `insert()` costs more than the database does. Values go through each column's
 * transformer and the driver's own conversion, as the ORM would store them.
 */
export async function bulkInsert<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: readonly T[], options: BulkInsertOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns;
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const verb = !options.ignoreExisting ? 'INSERT' : manager.connection.options.type === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  const perStatement = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values = batch.flatMap((row) =>
      columns.map((column) => {
        const value = column.getEntityValue(row);
        if (value === undefined) return typeof column.default === 'function' || column.default === undefined ? null : column.default;
        return driver.preparePersistentValue(column.transformer ? ApplyValueTransformers.transformTo(column.transformer, value) : value, column);
      }),
    );
    await manager.query(`${verb} INTO ${driver.escape(metadata.tableName)} (${names}) VALUES ${batch.map(() => placeholders).join(', ')}`, values);
  }
}
