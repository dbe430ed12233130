import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, QueryRunner } from 'typeorm';

/** The data source whose turn the current async context holds. */
const holding = new AsyncLocalStorage<DataSource>();
const lastTurn = new WeakMap<DataSource, Promise<unknown>>();

/**
 * The embedded database is one connection with one query runner. A statement issued while
 * another caller's transaction is open runs inside it, and a second transaction becomes a
 * savepoint of the first: when the first rolls back, the other caller's write is gone although
 * it was told it succeeded. So each transaction, and each statement outside one, waits its
 * turn; statements of the work holding the turn (a transaction's own, nested ones included)
 * run at once.
 */
export function takeTurn<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (holding.getStore() === dataSource) return work();
  const turn = (lastTurn.get(dataSource) ?? Promise.resolve()).then(() => holding.run(dataSource, work));
  lastTurn.set(
    dataSource,
    turn.catch(() => undefined),
  );
  return turn;
}

/** Makes every statement on the embedded database's one query runner wait its turn. */
export function takeTurnsOnEmbeddedDatabase(dataSource: DataSource): void {
  const driver = dataSource.driver as { createQueryRunner(mode?: string): QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  const guarded = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode?: string) => {
    const runner = create(mode);
    if (!guarded.has(runner)) {
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((...args: unknown[]) => takeTurn(dataSource, () => query(...args))) as QueryRunner['query'];
      guarded.add(runner);
    }
    return runner;
  };
}
