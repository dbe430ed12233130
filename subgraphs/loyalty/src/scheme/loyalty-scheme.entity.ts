import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { LoyaltySchemeRules } from './scheme-rules.types';

/** The one scheme; its rules live in dated versions, and each revision claims this row's version first. */
@Entity('loyalty_scheme')
@ObjectType({ description: 'Our own loyalty scheme: its rules in dated versions.' })
export class LoyaltyScheme {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when revising.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}

/** The rules from a date until the next version's; never changed once written, so every earn is priced by what applied. */
@Entity('loyalty_scheme_versions')
@ObjectType()
export class LoyaltySchemeVersion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'effective_from', type: 'date' })
  @Field(() => DateScalar)
  effectiveFrom: string;

  @Column({ type: 'simple-json' })
  @Field(() => LoyaltySchemeRules)
  rules: LoyaltySchemeRules;

  @Column({ name: 'created_by', type: 'varchar', length: 128 })
  @Field()
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;
}
