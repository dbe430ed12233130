import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Classification, Classified, DateScalar } from '@wayfarer/kit';
import { AccountContact, AccountStatus, BillingAddress, CostCentre, Department, LegalEntity, Office } from './account.types';

@Entity('corporate_accounts')
@ObjectType({ description: 'A company whose employees travel with us.' })
@Directive('@key(fields: "id")')
export class CorporateAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  @Field()
  legalName: string;

  /** Normalised legal name: the sort key and the prefix-search key. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ name: 'registration_number', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'legal_entities', type: 'simple-json' })
  @Field(() => [LegalEntity])
  legalEntities: LegalEntity[];

  @Column({ name: 'billing_address', type: 'simple-json', nullable: true })
  @Field(() => BillingAddress, { nullable: true })
  billingAddress: BillingAddress | null;

  @Column({ type: 'simple-json' })
  @Field(() => [Office])
  offices: Office[];

  @Column({ type: 'simple-json' })
  @Field(() => [Department])
  departments: Department[];

  @Column({ name: 'cost_centres', type: 'simple-json' })
  @Field(() => [CostCentre])
  costCentres: CostCentre[];

  @Column({ type: 'simple-json' })
  @Field(() => [AccountContact], { description: 'Travel managers and travel arrangers.' })
  @Classified(Classification.Contact)
  contacts: AccountContact[];

  @Column({ name: 'account_manager_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true })
  accountManagerId: string | null;

  @Column({ name: 'contract_start', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  contractStart: string | null;

  @Column({ name: 'contract_end', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  contractEnd: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AccountStatus)
  status: AccountStatus;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
