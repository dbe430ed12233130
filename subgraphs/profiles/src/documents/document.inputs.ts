import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsISO31661Alpha2, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested, ArrayUnique, IsInt } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { TravelContext } from '../preferences/travel-preference.entity';
import { E164 } from '../profile/contact.types';
import { VisaEntryType } from './visa.entity';

const COUNTRY = { message: 'must be an ISO 3166-1 alpha-2 country code, e.g. GB' };
const NUMBER = /^[A-Za-z0-9]{5,30}$/;
const NUMBER_RULE = { message: 'must be 5 to 30 letters or digits' };
const MAX_ITEMS = 20;
export const MAX_NATIONALITIES = 10;

/** What every item of a replaced list has: the id of an entry to keep, and the trips it is for. */
@InputType()
abstract class DocumentItemInput {
  @Field(() => ID, { nullable: true, description: 'An existing entry to keep; omit for a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => TravelContext, { defaultValue: TravelContext.ANY })
  @IsEnum(TravelContext)
  context: TravelContext = TravelContext.ANY;
}

@InputType()
abstract class NumberedDocumentItemInput extends DocumentItemInput {
  @Field(() => String, { nullable: true, description: 'Required for a new entry; omit to keep the stored number.' })
  @IsOptional()
  @Matches(NUMBER, NUMBER_RULE)
  number?: string;
}

@InputType()
export class VisaInput extends NumberedDocumentItemInput {
  @Field({ description: 'The issuing country, ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2(COUNTRY)
  country: string;

  @Field(() => VisaEntryType)
  @IsEnum(VisaEntryType)
  entryType: VisaEntryType;

  @Field(() => DateScalar)
  @Length(10, 10)
  validFrom: string;

  @Field(() => DateScalar)
  @Length(10, 10)
  validUntil: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  authorisedStayDays?: number | null;
}

@InputType()
export class VaccinationCertificateInput extends NumberedDocumentItemInput {
  @Field()
  @Length(1, 100)
  disease: string;

  @Field(() => DateScalar)
  @Length(10, 10)
  dateGiven: string;

  @Field(() => DateScalar, { nullable: true, description: 'Omit when valid for life.' })
  @IsOptional()
  @Length(10, 10)
  expiryDate?: string | null;
}

@InputType()
export class EntryEndorsementInput extends DocumentItemInput {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2(COUNTRY)
  country: string;

  @Field()
  @Length(1, 500)
  description: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @Length(10, 10)
  validUntil?: string | null;
}

@InputType()
export class TravelInsuranceInput extends NumberedDocumentItemInput {
  @Field()
  @Length(1, 100)
  insurer: string;

  @Field(() => DateScalar)
  @Length(10, 10)
  coverFrom: string;

  @Field(() => DateScalar)
  @Length(10, 10)
  coverUntil: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +442071234567' })
  @IsOptional()
  @Matches(E164, { message: 'must be in E.164 format, e.g. +442071234567' })
  emergencyPhone?: string | null;
}

@InputType()
abstract class VersionedInput {
  @Field(() => Int, { description: 'The profile version the change is based on.' })
  @IsInt()
  expectedVersion: number;
}

@InputType()
export class SetNationalitiesInput extends VersionedInput {
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes; replaces the list.' })
  @ArrayMaxSize(MAX_NATIONALITIES)
  @ArrayUnique((code: string) => code.toUpperCase(), { message: 'must not list a country twice' })
  @IsISO31661Alpha2({ each: true, ...COUNTRY })
  nationalities: string[];
}

@InputType()
export class SetVisasInput extends VersionedInput {
  @Field(() => [VisaInput], { description: 'Replaces the list.' })
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  visas: VisaInput[];
}

@InputType()
export class SetVaccinationsInput extends VersionedInput {
  @Field(() => [VaccinationCertificateInput], { description: 'Replaces the list.' })
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  vaccinations: VaccinationCertificateInput[];
}

@InputType()
export class SetEntryEndorsementsInput extends VersionedInput {
  @Field(() => [EntryEndorsementInput], { description: 'Replaces the list.' })
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  entryEndorsements: EntryEndorsementInput[];
}

@InputType()
export class SetTravelInsuranceInput extends VersionedInput {
  @Field(() => [TravelInsuranceInput], { description: 'Replaces the list.' })
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  travelInsurance: TravelInsuranceInput[];
}
