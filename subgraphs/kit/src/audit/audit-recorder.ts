import { DataSource, QueryRunner, Table } from 'typeorm';
import type { AuditEvent } from './audit-event';
import type { Logger } from '../logging/logger';

export type AuditSink = (events: AuditEvent[]) => Promise<void>;

const OUTBOX = 'audit_outbox';
const RELAY_BATCH = 500;

/** Every subgraph's own migration list includes this table. */
export async function createAuditOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: OUTBOX,
      columns: [
        { name: 'id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'payload', type: 'text' },
      ],
    }),
  );
}

/**
 * Audit events go from memory to the subgraph's own outbox table within a fraction of a
 * second, and from there to the audit log; a stop flushes memory first, so a graceful stop
 * loses nothing, and events survive an unreachable audit log until it is back.
 */
export class AuditRecorder {
  private pending: AuditEvent[] = [];
  private flushTimer?: NodeJS.Timeout;
  private relayTimer?: NodeJS.Timeout;
  private relaying: Promise<void> = Promise.resolve();
  /** Flushes so far, and how many of them a relay has fully drained: equal means nothing to poll for. */
  private flushes = 1;
  private drainedFlushes = 0;
  private relaysQueued = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sink: AuditSink,
    private readonly logger: Logger,
    private readonly intervals = { flushMs: 250, relayMs: 1000 },
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => void this.flush().catch((err) => this.logger.error({ err }, 'audit flush failed')), this.intervals.flushMs);
    this.relayTimer = setInterval(() => {
      // An unreachable audit log must not pile up waiting relays; the next tick tries again.
      if (this.relaysQueued > 0) return;
      void this.relay().catch((err) => this.logger.warn({ err }, 'audit relay failed; will retry'));
    }, this.intervals.relayMs);
    this.flushTimer.unref();
    this.relayTimer.unref();
  }

  push(events: AuditEvent[]): void {
    if (events.length > 0) this.pending.push(...events);
  }

  /** Writes buffered events to the outbox, in the same database as the data they describe. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(OUTBOX, ['id', 'payload'])
        .values(batch.map((event) => ({ id: event.id, payload: JSON.stringify(event) })))
        .execute();
      this.flushes++;
    } catch (error) {
      this.pending.unshift(...batch);
      throw error;
    }
  }

  /**
   * Hands outbox events to the sink in time order and deletes only what it accepted. Relays
   * run one after another, and each call's relay starts after the call, so it sees every
   * event flushed before it.
   */
  relay(): Promise<void> {
    this.relaysQueued++;
    const next = this.relaying
      .catch(() => undefined)
      .then(() => this.relayOnce())
      .finally(() => this.relaysQueued--);
    this.relaying = next;
    return next;
  }

  private async relayOnce(): Promise<void> {
    const flushesSeen = this.flushes;
    if (flushesSeen === this.drainedFlushes) return;
    for (;;) {
      const rows: { id: string; payload: string }[] = await this.dataSource
        .createQueryBuilder()
        .select(['id', 'payload'])
        .from(OUTBOX, OUTBOX)
        .orderBy('id')
        .limit(RELAY_BATCH)
        .getRawMany();
      if (rows.length === 0) {
        this.drainedFlushes = flushesSeen;
        return;
      }
      await this.sink(rows.map((row) => JSON.parse(row.payload)));
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(OUTBOX)
        .where('id IN (:...ids)', { ids: rows.map((row) => row.id) })
        .execute();
      if (rows.length < RELAY_BATCH) {
        this.drainedFlushes = flushesSeen;
        return;
      }
    }
  }

  /** Background flushing and relaying off; `flush`, `relay` and `stop` still work when called. */
  stopTimers(): void {
    clearInterval(this.flushTimer);
    clearInterval(this.relayTimer);
  }

  async stop(): Promise<void> {
    this.stopTimers();
    await this.flush();
    await this.relay().catch((err) => this.logger.warn({ err }, 'audit events kept in the outbox until the next start'));
  }
}
