export type AuditOutcome = 'success' | 'failure';

/** One audit record: who did what to which records, through which client. Never field values. */
export interface AuditEvent {
  id: string;
  occurredAt: string;
  service: string;
  actorId: string;
  actorKind: string;
  client: string;
  /** `read` for sensitive reads, otherwise the mutation's name, e.g. `updateProfile`. */
  operation: string;
  subjectType: string;
  subjectIds: string[];
  fields: string[];
  outcome: AuditOutcome;
  errorCode?: string | null;
}
