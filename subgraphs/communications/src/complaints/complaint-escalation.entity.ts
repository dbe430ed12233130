import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ComplaintClock {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  RESOLVE = 'RESOLVE',
}
registerEnumType(ComplaintClock, { name: 'ComplaintClock' });

/** A clock about to breach (or breached) was escalated: once per clock and cycle, so the task may run twice. */
@Entity('complaint_escalations')
@ObjectType({ description: 'An escalation of a complaint whose clock was about to breach, or had breached.' })
export class ComplaintEscalation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  complaintId: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => ComplaintClock)
  clock: ComplaintClock;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The complaint’s reopenCount when escalated.' })
  cycle: number;

  @Column({ type: 'boolean' })
  @Field({ description: 'Whether the clock had already breached when escalated.' })
  breached: boolean;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  @Field({ description: 'When the clock is (or was) due.' })
  dueAt: Date;

  @Column({ name: 'notified_id', type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'The staff member notified: the complaint’s owner.' })
  notifiedId: string;

  @Column({ name: 'escalated_at', type: 'datetime', precision: 3 })
  @Field()
  escalatedAt: Date;
}
