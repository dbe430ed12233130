import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';

export enum TierChangeCause {
  ENROLMENT = 'ENROLMENT',
  QUALIFIED = 'QUALIFIED',
  RETAINED = 'RETAINED',
  NOT_RETAINED = 'NOT_RETAINED',
}
registerEnumType(TierChangeCause, { name: 'LoyaltyTierChangeCause' });

/** A member's tier history: each step up or down, and each period renewed by retention. */
@Entity('loyalty_tier_changes')
@ObjectType('LoyaltyTierChange')
export class TierChange {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ name: 'from_tier', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Tier code before; null at enrolment.' })
  fromTier: string | null;

  @Column({ name: 'to_tier', type: 'varchar', length: 40 })
  @Field({ description: 'Tier code after.' })
  toTier: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => TierChangeCause)
  cause: TierChangeCause;

  @Column({ name: 'changed_on', type: 'date' })
  @Field(() => DateScalar)
  changedOn: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
