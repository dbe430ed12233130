import { Entity, PrimaryColumn } from 'typeorm';

/** One row per record an audit event concerns, so "everything that happened to X" is an index lookup. */
@Entity('audit_event_subjects')
export class AuditEventSubject {
  @PrimaryColumn({ name: 'subject_id', type: 'varchar', length: 128 })
  subjectId: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;
}
