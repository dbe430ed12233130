import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { AccountContact, AccountStatus, BillingAddress, CostCentre, Department, LegalEntity, Office } from './account.types';

/** Fields shared by create and update; on update only the fields given change, and a list given replaces the list. */
@InputType()
export abstract class CorporateAccountFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  legalName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  registrationNumber?: string | null;

  @Field(() => [LegalEntity], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  legalEntities?: LegalEntity[];

  @Field(() => BillingAddress, { nullable: true })
  @IsOptional()
  @ValidateNested()
  billingAddress?: BillingAddress | null;

  @Field(() => [Office], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  offices?: Office[];

  @Field(() => [Department], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  departments?: Department[];

  @Field(() => [CostCentre], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  costCentres?: CostCentre[];

  @Field(() => [AccountContact], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: AccountContact[];

  @Field(() => ID, { nullable: true, description: 'The staff member who manages the account.' })
  @IsOptional()
  @IsUUID('all')
  accountManagerId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  contractStart?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  contractEnd?: string | null;
}

@InputType()
export class CreateCorporateAccountInput extends CorporateAccountFieldsInput {
  @Field()
  @Length(1, 200)
  declare legalName: string;
}

@InputType()
export class UpdateCorporateAccountInput extends CorporateAccountFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AccountStatus, { nullable: true, description: 'ARCHIVED stops new travellers being linked.' })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;
}
