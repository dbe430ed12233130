import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEmail, IsEnum, IsISO31661Alpha2, IsOptional, IsString, Length, Matches, MaxLength, ArrayMaxSize, ArrayMinSize } from 'class-validator';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

export enum ContactRole {
  TRAVEL_MANAGER = 'TRAVEL_MANAGER',
  TRAVEL_ARRANGER = 'TRAVEL_ARRANGER',
}
registerEnumType(ContactRole, { name: 'ContactRole', description: 'What a contact does for the account’s travel.' });

const E164 = /^\+[1-9]\d{6,14}$/;
/** Department and cost-centre codes: what HR systems send and what overrides and employment refer to. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

@ObjectType({ description: 'A legal entity the account contracts or invoices through.' })
@InputType('LegalEntityInput')
export class LegalEntity {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  registrationNumber?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryCode: string;
}

@ObjectType()
@InputType('BillingAddressInput')
export class BillingAddress {
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @Length(1, 200, { each: true })
  lines: string[];

  @Field()
  @Length(1, 100)
  city: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  postalCode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryCode: string;
}

@ObjectType()
@InputType('OfficeInput')
export class Office {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @Length(1, 100)
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryCode: string;
}

@ObjectType({ description: 'A department; travellers, overrides and reports refer to it by code.' })
@InputType('DepartmentInput')
export class Department {
  @Field()
  @Matches(CODE, { message: 'must be 1–40 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field()
  @Length(1, 200)
  name: string;
}

@ObjectType()
@InputType('CostCentreInput')
export class CostCentre {
  @Field()
  @Matches(CODE, { message: 'must be 1–40 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field()
  @Length(1, 200)
  name: string;
}

@ObjectType({ description: 'A travel manager or arranger at the company.' })
@InputType('AccountContactInput')
export class AccountContact {
  @Field(() => ContactRole)
  @IsEnum(ContactRole)
  role: ContactRole;

  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +447700900123' })
  @IsOptional()
  @Matches(E164, { message: 'must be an E.164 number such as +447700900123' })
  phone?: string | null;
}
