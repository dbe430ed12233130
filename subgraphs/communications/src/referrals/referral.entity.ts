import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TEAM_CODE_MAX_LENGTH } from '../team-code';
import { Classification, Classified } from '@wayfarer/kit';

export enum ReferralStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  CLOSED = 'CLOSED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'OPEN in the worklist, ACCEPTED by a colleague, CLOSED when dealt with.' });

/** A conversation handed to a colleague or a team (PC14); it waits in their worklist until accepted and closed. */
@Entity('referrals')
@ObjectType({ description: 'A conversation referred to a colleague or a team, with the reason given to the customer.' })
export class Referral {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId: string;

  /** The conversation's traveller, kept here for export and erasure; null once erased. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  profileId: string | null;

  @Column({ name: 'from_staff_id', type: 'varchar', length: 36 })
  fromStaffId: string;

  @Column({ name: 'to_staff_id', type: 'varchar', length: 36, nullable: true })
  toStaffId: string | null;

  @Column({ name: 'to_team', type: 'varchar', length: TEAM_CODE_MAX_LENGTH, nullable: true })
  @Field(() => String, { nullable: true, description: 'The team code of the staff members it was referred to.' })
  toTeam: string | null;

  /** What the customer was told about why and to whom; free text, so personal data. Null once erased. */
  @Column({ name: 'reason_given', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The reason given to the customer.' })
  @Classified(Classification.Personal)
  reasonGiven: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Column({ name: 'referred_at', type: 'datetime', precision: 3 })
  @Field()
  referredAt: Date;

  @Column({ name: 'accepted_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'varchar', length: 36, nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 36, nullable: true })
  closedBy: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when accepting or closing.' })
  version: number;
}
