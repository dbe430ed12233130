import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { PolicyRules } from './policy-rules.types';

/** The rules of a policy from a date; never changed once written, so bookings can be judged against what applied. */
@Entity('travel_policy_versions')
@ObjectType()
export class TravelPolicyVersion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'policy_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  policyId: string;

  @Column({ name: 'effective_from', type: 'date' })
  @Field(() => DateScalar)
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while current.' })
  effectiveTo: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => PolicyRules)
  rules: PolicyRules;

  @Column({ name: 'created_by', type: 'varchar', length: 128 })
  @Field()
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;
}
