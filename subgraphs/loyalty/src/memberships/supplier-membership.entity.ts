import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, withEncryptedNumber } from '@wayfarer/kit';
import { SupplierSector } from '../supplier-programmes/supplier-programme.entity';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

export enum MembershipContext {
  BUSINESS = 'BUSINESS',
  LEISURE = 'LEISURE',
}
registerEnumType(MembershipContext, {
  name: 'MembershipContext',
  description: 'Whether a membership is used for business or leisure travel; partner systems never see LEISURE ones.',
});

@ObjectType()
abstract class MembershipRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;
}

/** A traveller's membership of a supplier programme; its number is encrypted at rest (see numberMasked / number). */
@Entity('supplier_memberships')
@ObjectType({ description: 'A traveller’s membership of a supplier’s loyalty programme.' })
@Directive('@key(fields: "id")')
export class SupplierMembership extends withEncryptedNumber(MembershipRecord) {
  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  profileId: string;

  @Column({ name: 'programme_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  programmeId: string;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => SupplierSector, { description: 'The programme’s sector.' })
  sector: SupplierSector;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'One of the programme’s tierNames.' })
  tier: string | null;

  @Column({ name: 'tier_expires_on', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day the tier is held, unless requalified.' })
  tierExpiresOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the membership itself, when the programme sets one.' })
  expiresOn: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Points balance as the supplier reported it on pointsReadOn (not computed here).' })
  points: number | null;

  @Column({ name: 'points_read_on', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The day points were read from the supplier.' })
  pointsReadOn: string | null;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => MembershipStatus)
  status: MembershipStatus;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => MembershipContext, { description: 'Partner systems never see LEISURE memberships.' })
  context: MembershipContext;

  /** The sector when this is the traveller's primary membership of it, else null: a unique index with profile_id. */
  @Column({ name: 'primary_sector', type: 'varchar', length: 8, nullable: true })
  primarySector: SupplierSector | null;

  /** Set when the traveller was erased: the row stays as a tombstone without number or personal fields. */
  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;

  @Field({ description: 'The traveller’s primary membership of this sector (at most one per traveller and sector).' })
  get primary(): boolean {
    return this.primarySector !== null;
  }
}
