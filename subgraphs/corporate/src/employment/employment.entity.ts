import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Classification, Classified, DateScalar } from '@wayfarer/kit';

export enum TravellerType {
  EMPLOYEE = 'EMPLOYEE',
  GUEST = 'GUEST',
  CONTRACTOR = 'CONTRACTOR',
}
registerEnumType(TravellerType, { name: 'TravellerType' });

/** A traveller's link to a corporate account for a period; the one without an end (or ending in the future) is current. */
@Entity('employments')
@ObjectType()
export class Employment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  profileId: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  accountId: string;

  @Column({ name: 'department_code', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  departmentCode: string | null;

  @Column({ name: 'cost_centre_code', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  costCentreCode: string | null;

  @Column({ name: 'employee_id', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Contact)
  employeeId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  grade: string | null;

  @Column({ name: 'traveller_type', type: 'varchar', length: 16 })
  @Field(() => TravellerType)
  travellerType: TravellerType;

  @Column({ name: 'valid_from', type: 'date' })
  @Field(() => DateScalar)
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the link; null while open.' })
  validTo: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the traveller’s data was erased: the link was ended and its employee id, grade, department and cost centre removed.',
  })
  erasedAt: Date | null = null;

  /** Whether the traveller's reported business preferences fit the policy governing the link today; null until judged or without a policy in force. */
  @Column({ name: 'in_policy', type: 'boolean', nullable: true })
  inPolicy: boolean | null;
}
