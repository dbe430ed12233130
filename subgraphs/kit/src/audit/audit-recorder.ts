import { DataSource, QueryRunner, Table } from 'typeorm';
import type { AuditEvent } from './audit-event';
import { AuditTrail } from './audit-trail';
import type { Logger } from '../logging/logger';
import { RELAY_SCHEDULE, RelayLoop, RelaySchedule, relayFailureReason } from '../outbox/relay-loop';

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

const recorders = new WeakMap<DataSource, AuditRecorder>();

/**
 * Audit events of work outside a request (a background job), recorded as the subgraph's service
 * through the recorder of the subgraph running on this data source; call it once the work committed.
 */
export function recordServiceAudit(dataSource: DataSource, service: string, record: (trail: AuditTrail) => void): void {
  const trail = new AuditTrail(service, { id: `service:${service}`, kind: 'service', roles: [], scopes: [], client: service });
  record(trail);
  const recorder = recorders.get(dataSource);
  if (!recorder) throw new Error(`no audit recorder runs on the ${service} data source`);
  recorder.push(trail.drain());
}

/**
 * Audit events go from memory to the subgraph's own outbox table within a fraction of a
 * second, and from there to the audit log; a stop flushes memory first, so a graceful stop
 * loses nothing, and events survive an unreachable audit log until it is back.
 */
export class AuditRecorder {
  private pending: AuditEvent[] = [];
  private flushTimer?: NodeJS.Timeout;
  private readonly relays: RelayLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sink: AuditSink,
    private readonly logger: Logger,
    private readonly flushMs = 250,
    relaySchedule: RelaySchedule = RELAY_SCHEDULE,
  ) {
    this.relays = new RelayLoop(() => this.relayAll(), logger, 'audit relay', relaySchedule);
    recorders.set(dataSource, this);
  }

  start(): void {
    this.flushTimer = setInterval(() => void this.flush().catch((err) => this.logger.error({ err }, 'audit flush failed')), this.flushMs);
    this.flushTimer.unref();
    this.relays.start();
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
      this.relays.notify();
    } catch (error) {
      this.pending.unshift(...batch);
      throw error;
    }
  }

  /** Hands outbox events to the sink in time order and deletes only what it accepted; sees every event flushed before the call. */
  relay(): Promise<void> {
    return this.relays.run();
  }

  private async relayAll(): Promise<void> {
    for (;;) {
      const rows: { id: string; payload: string }[] = await this.dataSource
        .createQueryBuilder()
        .select(['id', 'payload'])
        .from(OUTBOX, OUTBOX)
        .orderBy('id')
        .limit(RELAY_BATCH)
        .getRawMany();
      if (rows.length === 0) return;
      await this.sink(rows.map((row) => JSON.parse(row.payload)));
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(OUTBOX)
        .where('id IN (:...ids)', { ids: rows.map((row) => row.id) })
        .execute();
      if (rows.length < RELAY_BATCH) return;
    }
  }

  /** Background flushing and relaying off; `flush`, `relay` and `stop` still work when called. */
  stopTimers(): void {
    clearInterval(this.flushTimer);
    this.relays.stopTimer();
  }

  async stop(): Promise<void> {
    this.stopTimers();
    await this.flush();
    // Normal when the gateway stops at the same time: the events are safe in the outbox.
    await this.relay().catch((error) => this.logger.info({ reason: relayFailureReason(error) }, 'audit events kept in the outbox until the next start'));
  }
}
