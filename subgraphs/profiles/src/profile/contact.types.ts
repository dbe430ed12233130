import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsEnum, IsISO31661Alpha2, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export enum ContactType {
  PERSONAL = 'PERSONAL',
  WORK = 'WORK',
  OTHER = 'OTHER',
}
registerEnumType(ContactType, { name: 'ContactType' });

export enum AddressType {
  HOME = 'HOME',
  WORK = 'WORK',
  BILLING = 'BILLING',
  OTHER = 'OTHER',
}
registerEnumType(AddressType, { name: 'AddressType' });

export const E164 = /^\+[1-9]\d{6,14}$/;
/** BCP 47 language, optional script and region: en, yue, zh-Hans, zh-CN, pt-BR, es-419. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
/** Most e-mails, phones or addresses one traveller has. */
export const MAX_CONTACTS = 10;
export const MAX_EMERGENCY_CONTACTS = 5;

@ObjectType()
export class EmailAddress {
  @Field()
  address: string;

  @Field(() => ContactType)
  type: ContactType;

  @Field()
  isDefault: boolean;
}

@ObjectType()
export class PhoneNumber {
  @Field({ description: 'E.164, e.g. +447700900123' })
  number: string;

  @Field(() => ContactType)
  type: ContactType;

  @Field()
  isDefault: boolean;
}

@ObjectType()
export class PostalAddress {
  @Field(() => AddressType)
  type: AddressType;

  @Field(() => [String])
  lines: string[];

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  countryCode: string;

  @Field()
  isDefault: boolean;
}

@ObjectType({ description: 'Someone to call if something happens to the traveller.' })
export class EmergencyContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'How they are related to the traveller, e.g. spouse.' })
  relationship: string | null;

  @Field({ description: 'E.164, e.g. +447700900123' })
  phone: string;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@InputType()
export class EmailInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  address: string;

  @Field(() => ContactType, { defaultValue: ContactType.PERSONAL })
  @IsEnum(ContactType)
  type: ContactType;

  @Field({ defaultValue: false })
  @IsBoolean()
  isDefault: boolean;
}

@InputType()
export class PhoneInput {
  @Field({ description: 'E.164, e.g. +447700900123' })
  @Matches(E164, { message: 'must be in E.164 format, e.g. +447700900123' })
  number: string;

  @Field(() => ContactType, { defaultValue: ContactType.PERSONAL })
  @IsEnum(ContactType)
  type: ContactType;

  @Field({ defaultValue: false })
  @IsBoolean()
  isDefault: boolean;
}

@InputType()
export class AddressInput {
  @Field(() => AddressType, { defaultValue: AddressType.HOME })
  @IsEnum(AddressType)
  type: AddressType;

  @Field(() => [String])
  @ArrayMaxSize(4)
  @IsString({ each: true })
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
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code, e.g. GB' })
  countryCode: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  isDefault: boolean;
}

@InputType()
export class EmergencyContactInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  relationship?: string | null;

  @Field({ description: 'E.164, e.g. +447700900123' })
  @Matches(E164, { message: 'must be in E.164 format, e.g. +447700900123' })
  phone: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;
}
