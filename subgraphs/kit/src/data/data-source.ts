import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, DataSourceOptions, EntityManager, MixedList, EntitySchema, QueryFailedError } from 'typeorm';
import { StatementCounter } from './statement-counter';
import { takeTurn, takeTurnsOnEmbeddedDatabase } from './embedded-turns';

export interface DataSourceSettings {
  service: string;
  /** `mysql://user:pass@host:port/database`; empty means the embedded SQLite file. */
  databaseUrl: string;
  dataDir: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

export interface ServiceDataSource {
  dataSource: DataSource;
  statements: StatementCounter;
}

/** MySQL/MariaDB when configured, otherwise one SQLite file per subgraph; schema only by migrations. */
export function createDataSource(settings: DataSourceSettings): ServiceDataSource {
  const statements = new StatementCounter(['query']);
  const common = {
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: ['query', 'error'] as ('query' | 'error')[],
    logger: statements,
  };
  let options: DataSourceOptions;
  if (settings.databaseUrl) {
    options = {
      ...common,
      type: 'mysql',
      url: settings.databaseUrl.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: false,
      poolSize: settings.poolSize ?? 10,
      extra: { connectionLimit: settings.poolSize ?? 10 },
    };
  } else {
    mkdirSync(settings.dataDir, { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: join(settings.dataDir, `${settings.service}.sqlite`),
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const dataSource = new DataSource(options);
  if (!settings.databaseUrl) takeTurnsOnEmbeddedDatabase(dataSource);
  return { dataSource, statements };
}

/** Opens the data source and applies pending migrations, each in its own transaction. */
export async function openDataSource(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const migrate = () => dataSource.runMigrations({ transaction: 'each' });
  await (isMysql(dataSource) ? migrate() : takeTurn(dataSource, migrate));
  return dataSource;
}

export const isMysql = (dataSource: DataSource): boolean => dataSource.options.type === 'mysql';

/**
 * A transaction at READ COMMITTED on MySQL/MariaDB: version checks live in the UPDATEs, so
 * REPEATABLE READ's gap locks buy nothing and deadlock concurrent writers of the same index
 * ranges (delete-then-insert of derived rows). A deadlock victim was rolled back whole, so its
 * work runs once more and then sees what the winner committed (a stale version answers CONFLICT).
 * On the embedded database a transaction holds the one connection for its whole length (see takeTurn).
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!isMysql(dataSource)) return takeTurn(dataSource, () => dataSource.transaction(work));
  try {
    return await readCommittedTransaction(dataSource, work);
  } catch (error) {
    if (!isDeadlock(error)) throw error;
    return readCommittedTransaction(dataSource, work);
  }
}

/** Pooled connections whose session is at READ COMMITTED already. */
const readCommittedSessions = new WeakSet<object>();

/**
 * The isolation level is set once per pooled connection, for its session, instead of before every
 * transaction: a round trip less per write (one of nine or ten statements in a loyalty earn).
 * Every transaction goes through here, so no other level is expected of the pool's connections.
 */
async function readCommittedTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const connection = (await runner.connect()) as object;
    if (!readCommittedSessions.has(connection)) {
      await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      readCommittedSessions.add(connection);
    }
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // The work's error is the one to report; a rollback that fails too (a lost connection) ends the transaction anyway.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}

const ER_LOCK_DEADLOCK = 1213;

const isDeadlock = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { errno?: number } | undefined)?.errno === ER_LOCK_DEADLOCK;
