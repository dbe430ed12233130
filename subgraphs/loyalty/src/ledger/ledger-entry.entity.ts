import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { LoyaltyProductType } from '../scheme/scheme-rules.types';

export enum LedgerEntryKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
  ADJUST = 'ADJUST',
  REVERSE = 'REVERSE',
}
registerEnumType(LedgerEntryKind, { name: 'LoyaltyLedgerEntryKind' });

/** DECIMAL comes back from MySQL as text; amounts are exact to the cent either way. */
const money = { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };

/**
 * One line of a member's ledger. Append-only: never updated, never deleted; a mistake is put
 * right by a REVERSE or an ADJUST. The sum of a member's points equals their available plus
 * pending balance.
 */
@Entity('loyalty_ledger_entries')
@ObjectType('LoyaltyLedgerEntry')
export class LedgerEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'member_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  memberId: string;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => LedgerEntryKind)
  kind: LedgerEntryKind;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Signed: what the entry added to (or took from) the balance.' })
  points: number;

  @Column({ name: 'posted_at', type: 'datetime', precision: 3 })
  @Field()
  postedAt: Date;

  @Column({ name: 'posted_by', type: 'varchar', length: 128 })
  @Field({ description: 'The staff member, partner client or task that posted it.' })
  postedBy: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'EARN: the booking reference; posting it again answers this entry.' })
  bookingReference: string | null;

  @Column({ name: 'product_type', type: 'varchar', length: 16, nullable: true })
  @Field(() => LoyaltyProductType, { nullable: true })
  productType: LoyaltyProductType | null;

  @Column({ type: 'decimal', precision: 12, scale: 2, nullable: true, transformer: money })
  @Field(() => Float, { nullable: true, description: 'EARN: the amount spent.' })
  amount: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  @Field(() => String, { nullable: true })
  currency: string | null;

  @Column({ name: 'booked_on', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  bookedOn: string | null;

  @Column({ name: 'travel_date', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'EARN: the points are pending until this day.' })
  travelDate: string | null;

  @Column({ name: 'scheme_version_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'EARN: the scheme version that priced it.' })
  schemeVersionId: string | null;

  @Column({ name: 'reward_id', type: 'varchar', length: 36, nullable: true })
  rewardId: string | null;

  @Column({ name: 'reverses_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'REVERSE: the entry it reverses.' })
  reversesId: string | null;
}
