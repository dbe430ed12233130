import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PolicyScope } from './policy-scope';

/** An account's policy or one of its overrides; its rules live in dated versions. */
@Entity('travel_policies')
@ObjectType()
export class TravelPolicy {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  accountId: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  @Column({ name: 'applies_to', type: 'varchar', length: 16 })
  @Field(() => PolicyScope)
  appliesTo: PolicyScope;

  @Column({ name: 'department_code', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  departmentCode: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  grade: string | null;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The policy this override inherits from; null for the account policy.' })
  parentId: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the policy.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
