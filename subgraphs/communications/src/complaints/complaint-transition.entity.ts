import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Classification, Classified } from '@wayfarer/kit';
import { ComplaintStatus } from './complaint.entity';

/** One step of a complaint's workflow: who moved it, when, and why. */
@Entity('complaint_transitions')
@ObjectType({ description: 'One step of a complaint’s workflow.' })
export class ComplaintTransition {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'complaint_id', type: 'varchar', length: 36 })
  complaintId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  @Field(() => ComplaintStatus, { nullable: true, description: 'Null for the complaint’s receipt.' })
  fromStatus: ComplaintStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  @Field(() => ComplaintStatus)
  toStatus: ComplaintStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Personal)
  note: string | null;

  /** Null when the system moved it (closing an erased traveller's open complaint). */
  @Column({ name: 'by_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The staff member; null when the system moved it.' })
  byId: string | null;

  @Column({ type: 'datetime', precision: 3 })
  @Field()
  at: Date;
}
