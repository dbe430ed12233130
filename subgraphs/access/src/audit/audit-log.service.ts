import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditSink, inTransaction, PageInput, paginate, SortDirection } from '@wayfarer/kit';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventSubject } from './audit-event-subject.entity';
import { AuditEventFilter, AuditEventList, AuditEventSort, AuditEventSortField } from './audit-event-list.args';

/** An event as it arrives: from this subgraph's recorder (ISO string) or over GraphQL (Date). */
export type IncomingAuditEvent = Omit<AuditEvent, 'occurredAt'> & { occurredAt: string | Date };

const INSERT_CHUNK = 500;

export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores events not stored yet and returns how many were new; a retried batch changes nothing. */
  record(events: IncomingAuditEvent[]): Promise<number> {
    if (events.length === 0) return Promise.resolve(0);
    return inTransaction(this.dataSource, async (manager) => {
      const known = new Set<string>();
      for (const ids of chunks(
        events.map((event) => event.id),
        INSERT_CHUNK,
      )) {
        const rows = await manager
          .createQueryBuilder(AuditEventEntity, 'event')
          .select('event.id', 'id')
          .where('event.id IN (:...ids)', { ids })
          .getRawMany<{ id: string }>();
        for (const row of rows) known.add(row.id);
      }
      const fresh = uniqueById(events.filter((event) => !known.has(event.id)));
      if (fresh.length === 0) return 0;
      for (const batch of chunks(fresh, INSERT_CHUNK)) await insertIgnoringDuplicates(manager, AuditEventEntity, batch.map(toEntity));
      const subjects = fresh.flatMap((event) => [...new Set(event.subjectIds)].map((subjectId) => ({ subjectId, eventId: event.id })));
      for (const batch of chunks(subjects, INSERT_CHUNK)) await insertIgnoringDuplicates(manager, AuditEventSubject, batch);
      return fresh.length;
    });
  }

  /** This subgraph's own audit events skip the gateway and go straight into the log. */
  sink(): AuditSink {
    return async (events) => {
      await this.record(events);
    };
  }

  findById(id: string): Promise<AuditEventEntity | null> {
    return this.dataSource.getRepository(AuditEventEntity).findOneBy({ id });
  }

  async list(filter: AuditEventFilter = {}, sort?: AuditEventSort, page: PageInput = new PageInput()): Promise<AuditEventList> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    if (filter.actorId) query.andWhere('event.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.operation) query.andWhere('event.operation = :operation', { operation: filter.operation });
    if (filter.service) query.andWhere('event.service = :service', { service: filter.service });
    if (filter.subjectId) {
      query.andWhere('event.id IN (SELECT subject.event_id FROM audit_event_subjects subject WHERE subject.subject_id = :subjectId)', {
        subjectId: filter.subjectId,
      });
    }
    const occurredAt = query.expressionMap.mainAlias!.metadata.findColumnWithPropertyName('occurredAt')!;
    const persisted = (value: Date) => this.dataSource.driver.preparePersistentValue(value, occurredAt);
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: persisted(filter.from) });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: persisted(filter.to) });
    return AuditEventList.of(
      await paginate(query, {
        sortProperty: sort?.field ?? AuditEventSortField.OCCURRED_AT,
        direction: sort?.direction ?? SortDirection.DESC,
        page,
      }),
    );
  }
}

function toEntity(event: IncomingAuditEvent): AuditEventEntity {
  return Object.assign(new AuditEventEntity(), {
    ...event,
    occurredAt: new Date(event.occurredAt),
    errorCode: event.errorCode ?? null,
  });
}

/** Concurrent deliveries of the same event may race past the existence check; the key decides. */
async function insertIgnoringDuplicates<T extends object>(manager: EntityManager, target: new () => T, rows: T[] | object[]): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(rows as never)
    .orIgnore()
    .execute();
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
