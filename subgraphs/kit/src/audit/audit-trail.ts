import type { Principal } from '../auth/principal';
import type { AuditEvent } from './audit-event';
import { uuid7 } from '../ids/uuid7';

export interface AuditSinkBuffer {
  push(events: AuditEvent[]): void;
}

/**
 * What one request did to audited data. Reads are gathered per type and field set and
 * become one event per group when the request ends, so a page of 25 profiles is one event.
 */
export class AuditTrail {
  private readonly reads = new Map<string, { subjectType: string; ids: Set<string>; fields: Set<string> }>();
  private readonly changes: AuditEvent[] = [];

  constructor(
    private readonly service: string,
    private readonly principal: Principal,
  ) {}

  read(subjectType: string, subjectId: string, field: string): void {
    let group = this.reads.get(subjectType);
    if (!group) {
      group = { subjectType, ids: new Set(), fields: new Set() };
      this.reads.set(subjectType, group);
    }
    group.ids.add(subjectId);
    group.fields.add(field);
  }

  change(operation: string, subjectType: string, subjectIds: string[], fields: string[], errorCode?: string): void {
    this.changes.push(this.event(operation, subjectType, subjectIds, fields, errorCode));
  }

  drain(): AuditEvent[] {
    const reads = [...this.reads.values()].map((group) => this.event('read', group.subjectType, [...group.ids], [...group.fields]));
    this.reads.clear();
    return [...reads, ...this.changes.splice(0)];
  }

  private event(operation: string, subjectType: string, subjectIds: string[], fields: string[], errorCode?: string): AuditEvent {
    return {
      id: uuid7(),
      occurredAt: new Date().toISOString(),
      service: this.service,
      actorId: this.principal.id,
      actorKind: this.principal.kind,
      client: this.principal.client,
      operation,
      subjectType,
      subjectIds,
      fields,
      outcome: errorCode ? 'failure' : 'success',
      errorCode: errorCode ?? null,
    };
  }
}
