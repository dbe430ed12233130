import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { NOTHING_EXPIRED } from '../ledger/points-lot.entity';

export enum LoyaltyMemberStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(LoyaltyMemberStatus, { name: 'LoyaltyMemberStatus' });

export enum MemberCloseReason {
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  ERASED = 'ERASED',
}
registerEnumType(MemberCloseReason, { name: 'LoyaltyMemberCloseReason' });

/**
 * A traveller's membership of our scheme, with the balances its ledger adds up to. Every ledger
 * write locks this row first, so writers for one member queue here rather than meeting in lots.
 */
@Entity('loyalty_members')
@ObjectType({ description: 'A member of our own scheme and their status, as Open Loyalty gives it.' })
@Directive('@key(fields: "id")')
export class LoyaltyMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Also the pseudonym the ledger keeps once the traveller is erased.' })
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The traveller; null once erased.' })
  profileId: string | null;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => LoyaltyMemberStatus)
  status: LoyaltyMemberStatus;

  @Column({ name: 'tier_code', type: 'varchar', length: 40 })
  tierCode: string;

  @Column({ name: 'tier_achieved_on', type: 'date' })
  @Field(() => DateScalar)
  tierAchievedOn: string;

  @Column({ name: 'tier_period_ends_on', type: 'date' })
  @Field(() => DateScalar, { description: 'The day by which the tier must be retained.' })
  tierPeriodEndsOn: string;

  /** When the re-evaluation task next looks at the member: the period's end plus grace, or today once qualifying points change. */
  @Column({ name: 'tier_review_on', type: 'date' })
  tierReviewOn: string;

  /**
   * Every open lot expiring on or before this day has expired (the expiry task moves it forward
   * under the member's lock, with the EXPIRE entry and the balances): consumption, reversals,
   * points expiring next month and the invariant check read such lots as closed.
   */
  @Column({ name: 'lots_expired_through', type: 'date' })
  lotsExpiredThrough: string = NOTHING_EXPIRED;

  @Column({ name: 'available_points', type: 'int' })
  @Field(() => Int, { description: 'Points that may be redeemed now.' })
  availablePoints: number;

  @Column({ name: 'pending_points', type: 'int' })
  @Field(() => Int, { description: 'Points earned on trips not yet travelled.' })
  pendingPoints: number;

  @Column({ name: 'earned_points', type: 'int' })
  @Field(() => Int, { description: 'Every point ever earned or added, less reversed ones, pending included.' })
  earnedPoints: number;

  @Column({ name: 'used_points', type: 'int' })
  @Field(() => Int, { description: 'Points redeemed or deducted, less reversed ones.' })
  usedPoints: number;

  @Column({ name: 'expired_points', type: 'int' })
  @Field(() => Int)
  expiredPoints: number;

  @Column({ name: 'terms_version', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'The scheme terms in force when the traveller enrolled.' })
  termsVersion: string | null;

  @Column({ name: 'enrolled_at', type: 'datetime', precision: 3 })
  @Field()
  enrolledAt: Date;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_reason', type: 'varchar', length: 24, nullable: true })
  @Field(() => MemberCloseReason, { nullable: true })
  closeReason: MemberCloseReason | null;

  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Bumped by every ledger write on the member.' })
  version: number;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
