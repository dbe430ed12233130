import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { uuid7 } from '../ids/uuid7';
import type { Logger } from '../logging/logger';
import { RELAY_SCHEDULE, RelayLoop, RelaySchedule, relayFailureReason } from './relay-loop';

const TABLE = 'outbox';
const BATCH = 200;
const INSERT_BATCH = 1000;
const KEEP_SENT_MS = 7 * 86_400_000;

enum RowStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/** A subgraph's migration list includes this table when its module has outbox topics. */
export async function createOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: TABLE,
      columns: [
        { name: 'id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'topic', type: 'varchar', length: '64' },
        { name: 'subject_id', type: 'varchar', length: '36' },
        { name: 'status', type: 'varchar', length: '8' },
        { name: 'created_at', type: 'datetime', precision: 3 },
        { name: 'sent_at', type: 'datetime', precision: 3, isNullable: true },
        { name: 'error', type: 'varchar', length: '500', isNullable: true },
      ],
      indices: [new TableIndex({ name: 'ix_outbox_status', columnNames: ['status', 'id'] })],
    }),
  );
}

/**
 * What another subgraph learns from this one. Rows name the subjects that changed, not how,
 * so `send` sends their state as it is now, and a repeat or a late send is harmless.
 */
export interface OutboxTopic {
  name: string;
  /** Throws OutboxRefusedError for a subject the receiver will never take; any other error keeps every row for the next try. */
  send(subjectIds: string[]): Promise<void>;
}

export class OutboxRefusedError extends Error {
  constructor(
    readonly subjectId: string,
    reason: string,
  ) {
    super(reason);
  }
}

const outboxes = new WeakMap<DataSource, Outbox>();

/**
 * Records, in the caller's transaction, that these subjects changed; the subgraph's outbox
 * sends them once the transaction commits, and never if it rolls back.
 */
export async function enqueueOutbox(manager: EntityManager, topic: string, subjectIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(subjectIds)];
  if (ids.length === 0) return;
  const outbox = outboxes.get(manager.dataSource);
  if (outbox && !outbox.topicNames.has(topic)) throw new Error(`outbox topic ${topic} is not one of this subgraph's`);
  const now = new Date();
  for (let start = 0; start < ids.length; start += INSERT_BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TABLE, ['id', 'topic', 'subject_id', 'status', 'created_at'])
      .values(
        ids.slice(start, start + INSERT_BATCH).map((subjectId) => ({ id: uuid7(), topic, subject_id: subjectId, status: RowStatus.PENDING, created_at: now })),
      )
      .execute();
  }
  outbox?.enqueued(manager.queryRunner);
}

/**
 * A subgraph's transactional outbox: rows written with the change they report, relayed
 * after commit within a second, retried (backing off) while the receiver is unreachable, marked sent
 * (kept a week) or failed with the receiver's reason; a graceful stop relays once more.
 */
export class Outbox {
  readonly topicNames: ReadonlySet<string>;
  private readonly relays: RelayLoop;
  private readonly awaitingCommit = new WeakSet<QueryRunner>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly topics: OutboxTopic[],
    private readonly logger: Logger,
    schedule: RelaySchedule = RELAY_SCHEDULE,
  ) {
    this.topicNames = new Set(topics.map((topic) => topic.name));
    this.relays = new RelayLoop(() => this.drain(), logger, 'outbox relay', schedule);
    const afterCommit: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        // A released savepoint is not a commit: rows become visible with the outermost one.
        if (!queryRunner.isTransactionActive && this.awaitingCommit.delete(queryRunner)) this.relays.notify();
      },
    };
    dataSource.subscribers.push(afterCommit);
    outboxes.set(dataSource, this);
  }

  /** Called by enqueueOutbox: rows inside a transaction wait for its commit, others are ready now. */
  enqueued(queryRunner: QueryRunner | undefined): void {
    if (queryRunner?.isTransactionActive) this.awaitingCommit.add(queryRunner);
    else this.relays.notify();
  }

  start(): void {
    this.relays.start();
  }

  /** Sends every row committed before the call. */
  relay(): Promise<void> {
    return this.relays.run();
  }

  stopTimers(): void {
    this.relays.stopTimer();
  }

  async stop(): Promise<void> {
    this.stopTimers();
    // Normal when the gateway stops at the same time: the rows are safe in the table.
    await this.relay().catch((error) => this.logger.info({ reason: relayFailureReason(error) }, 'outbox rows kept until the next start'));
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows: { id: string; topic: string; subject_id: string }[] = await this.dataSource
        .createQueryBuilder()
        .select(['id', 'topic', 'subject_id'])
        .from(TABLE, TABLE)
        .where('status = :status', { status: RowStatus.PENDING })
        .orderBy('id')
        .limit(BATCH)
        .getRawMany();
      let refused = false;
      for (const topic of this.topics) {
        const batch = rows.filter((row) => row.topic === topic.name);
        if (batch.length > 0) refused = (await this.deliver(topic, batch)) || refused;
      }
      // A refusal sent nothing of its batch: go again for the rest.
      if (rows.length < BATCH && !refused) break;
    }
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(TABLE)
      .where('status = :status AND sent_at < :before', { status: RowStatus.SENT, before: new Date(Date.now() - KEEP_SENT_MS) })
      .execute();
  }

  /** Whether the receiver refused a subject (its rows are marked failed; the others stay pending). */
  private async deliver(topic: OutboxTopic, rows: { id: string; subject_id: string }[]): Promise<boolean> {
    try {
      await topic.send([...new Set(rows.map((row) => row.subject_id))]);
    } catch (error) {
      if (!(error instanceof OutboxRefusedError)) throw error;
      this.logger.warn({ topic: topic.name, subjectId: error.subjectId, reason: error.message }, 'outbox row refused by its receiver');
      await this.mark(
        rows.filter((row) => row.subject_id === error.subjectId),
        RowStatus.FAILED,
        error.message.slice(0, 500),
      );
      return true;
    }
    await this.mark(rows, RowStatus.SENT, null);
    return false;
  }

  private async mark(rows: { id: string }[], status: RowStatus, error: string | null): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(TABLE)
      .set({ status, sent_at: status === RowStatus.SENT ? new Date() : null, error })
      .where('id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .execute();
  }
}
