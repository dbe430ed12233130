import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export enum CabinClass {
  ECONOMY = 'ECONOMY',
  PREMIUM_ECONOMY = 'PREMIUM_ECONOMY',
  BUSINESS = 'BUSINESS',
  FIRST = 'FIRST',
}
registerEnumType(CabinClass, { name: 'CabinClass' });
export const CABIN_ORDER = [CabinClass.ECONOMY, CabinClass.PREMIUM_ECONOMY, CabinClass.BUSINESS, CabinClass.FIRST];

export enum RailClass {
  STANDARD = 'STANDARD',
  FIRST = 'FIRST',
}
registerEnumType(RailClass, { name: 'RailClass' });

export enum ApprovalLevel {
  NONE = 'NONE',
  SOFT = 'SOFT',
  HARD = 'HARD',
}
registerEnumType(ApprovalLevel, { name: 'ApprovalLevel', description: 'SOFT: approvers are told; HARD: nothing is ticketed until they approve.' });

/** ACRISS vehicle categories, smallest first (the first letter of a car code such as CDMR). */
export const CAR_CATEGORIES = ['M', 'N', 'E', 'H', 'C', 'D', 'I', 'J', 'S', 'R', 'F', 'G', 'P', 'U', 'L', 'W', 'O', 'X'];
const AIRLINE = /^[A-Z0-9]{2}$/;
const HOTEL_CHAIN = /^[A-Z0-9]{2}$/;
const CAR_FIRM = /^[A-Z0-9]{2,3}$/;

@ObjectType({ description: 'Highest cabin allowed on flights of at least `minHours`.' })
@InputType('CabinRuleInput')
export class CabinRule {
  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(48)
  minHours: number;

  @Field(() => CabinClass)
  @IsEnum(CabinClass)
  cabin: CabinClass;
}

@ObjectType({ description: 'Highest nightly room rate in a country, or in one city of it.' })
@InputType('HotelCapInput')
export class HotelCap {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryCode: string;

  @Field(() => String, { nullable: true, description: 'Null: the whole country.' })
  @IsOptional()
  @Length(1, 100)
  city?: string | null;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0, { message: 'must not be negative' })
  amount: number;

  @Field({ description: 'ISO 4217' })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  currency: string;
}

/**
 * One set of rules. On the account policy an absent rule means "no restriction"; on an
 * override it means "as the policy it inherits from".
 */
@ObjectType()
@InputType('PolicyRulesInput')
export class PolicyRules {
  @Field(() => [CabinRule], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  cabinByDuration?: CabinRule[] | null;

  @Field(() => RailClass, { nullable: true, description: 'Highest rail class.' })
  @IsOptional()
  @IsEnum(RailClass)
  railClass?: RailClass | null;

  @Field(() => [HotelCap], { nullable: true, description: 'On an override, caps replace the inherited cap for the same country and city only.' })
  @IsOptional()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  hotelCaps?: HotelCap[] | null;

  @Field(() => [String], { nullable: true, description: 'ACRISS categories allowed (first letter of the car code, e.g. E, C, I).' })
  @IsOptional()
  @ArrayMaxSize(CAR_CATEGORIES.length)
  @IsIn(CAR_CATEGORIES, { each: true, message: 'each must be an ACRISS category letter' })
  carClasses?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'IATA airline codes.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(AIRLINE, { each: true, message: 'each must be a 2-character IATA airline code' })
  preferredAirlines?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(AIRLINE, { each: true, message: 'each must be a 2-character IATA airline code' })
  blockedAirlines?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'GDS hotel chain codes.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(HOTEL_CHAIN, { each: true, message: 'each must be a 2-letter GDS chain code' })
  preferredHotelChains?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(HOTEL_CHAIN, { each: true, message: 'each must be a 2-letter GDS chain code' })
  blockedHotelChains?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Car hire firm codes, e.g. ZE, ZI.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(CAR_FIRM, { each: true, message: 'each must be a 2- or 3-character car hire firm code' })
  preferredCarHireFirms?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(CAR_FIRM, { each: true, message: 'each must be a 2- or 3-character car hire firm code' })
  blockedCarHireFirms?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Book at least this many days ahead.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  advanceBookingDays?: number | null;

  @Field(() => ApprovalLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ApprovalLevel)
  approval?: ApprovalLevel | null;

  @Field(() => [String], { nullable: true, description: 'E-mail addresses of the approvers.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: 'each must be an e-mail address' })
  approvers?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Lower carbon: journeys shorter than this many km go by rail.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5000)
  railBelowKm?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a traveller may take more than the policy allows, paying the difference.' })
  @IsOptional()
  @IsBoolean()
  personalPreferencesAtOwnCost?: boolean | null;
}
