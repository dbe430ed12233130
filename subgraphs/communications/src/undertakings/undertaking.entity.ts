import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TEAM_CODE_MAX_LENGTH } from '../team-code';
import { Classification, Classified } from '@wayfarer/kit';

export enum UndertakingStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(UndertakingStatus, { name: 'UndertakingStatus' });

/** A promise made to a traveller: what, by when, and who keeps it. */
@Entity('undertakings')
@ObjectType({
  description: 'A promise made to a traveller (PC10, PC11, PC15): what, by when, who keeps it, and, when the time was missed, what the traveller was told.',
})
@Directive('@key(fields: "id")')
export class Undertaking {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  profileId: string;

  @Column({ type: 'varchar', length: 2000 })
  @Field({ description: 'What was promised.' })
  @Classified(Classification.Personal)
  description: string;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  @Field({ description: 'The time promised to the traveller.' })
  dueAt: Date;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  ownerId: string;

  @Column({ type: 'varchar', length: TEAM_CODE_MAX_LENGTH, nullable: true })
  @Field(() => String, { nullable: true, description: 'The team whose worklist it is on, as a code (no team model yet).' })
  team: string | null;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => UndertakingStatus)
  status: UndertakingStatus;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The conversation it was made in.' })
  conversationId: string | null;

  @Column({ name: 'delay_note', type: 'varchar', length: 2000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The explanation of the delay given to the traveller, required once the promised time has passed (PC10).',
  })
  @Classified(Classification.Personal)
  delayNote: string | null;

  @Column({ name: 'customer_told', type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Whether the traveller was told of the delay; given with delayNote.' })
  customerTold: boolean | null;

  @Column({ name: 'customer_told_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the traveller was told of the delay.' })
  customerToldAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was done or cancelled.' })
  closedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  createdById: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing it.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;

  /** Open past its promised time at `now`. */
  overdueAt(now: Date): boolean {
    return this.status === UndertakingStatus.OPEN && this.dueAt.getTime() < now.getTime();
  }
}
