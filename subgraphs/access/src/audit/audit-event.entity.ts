import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** The audit log of every subgraph: who did what to which records, never the values. */
@Entity('audit_events')
@ObjectType('AuditEvent')
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  @Field(() => String)
  service: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 128 })
  @Field(() => String)
  actorId: string;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  @Field(() => String)
  actorKind: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  client: string;

  @Column({ type: 'varchar', length: 128 })
  @Field(() => String)
  operation: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  @Field(() => String)
  subjectType: string;

  /** Also one row each in audit_event_subjects, which is what filters use. */
  @Column({ name: 'subject_ids', type: 'simple-json' })
  @Field(() => [String])
  subjectIds: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String])
  fields: string[];

  @Column({ type: 'varchar', length: 16 })
  @Field(() => String)
  outcome: string;

  @Column({ name: 'error_code', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  errorCode: string | null;
}
