import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
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
import { DateScalar } from '@wayfarer/kit';

export enum LoyaltyProductType {
  FLIGHT = 'FLIGHT',
  HOTEL = 'HOTEL',
  CAR = 'CAR',
  RAIL = 'RAIL',
  PACKAGE = 'PACKAGE',
  CRUISE = 'CRUISE',
  TOUR = 'TOUR',
  INSURANCE = 'INSURANCE',
}
registerEnumType(LoyaltyProductType, { name: 'LoyaltyProductType', description: 'What was bought, for earning rules.' });

const CODE = /^[A-Z0-9_]{1,40}$/;

@ObjectType({ description: 'Points per unit of money spent on one product type, in one currency.' })
@InputType('LoyaltyEarningRuleInput')
export class LoyaltyEarningRule {
  @Field(() => LoyaltyProductType)
  @IsEnum(LoyaltyProductType)
  productType: LoyaltyProductType;

  @Field({ description: 'ISO 4217; spending in another currency earns nothing under this rule.' })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  currency: string;

  @Field(() => Float, { description: 'Points per one unit of the currency; the total is rounded down to whole points.' })
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0, { message: 'must not be negative' })
  @Max(1000)
  pointsPerUnit: number;
}

@ObjectType({ description: 'Extra points for a segment or a booking period: a multiplier of the base points, extra points, or both.' })
@InputType('LoyaltyBonusRuleInput')
export class LoyaltyBonusRule {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => String, { nullable: true, description: 'Applies when the earn names this segment; null: every earn.' })
  @IsOptional()
  @Length(1, 60)
  segment?: string | null;

  @Field(() => [LoyaltyProductType], { nullable: true, description: 'Null: every product type.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(LoyaltyProductType, { each: true })
  productTypes?: LoyaltyProductType[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First booking date it applies to.' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last booking date it applies to.' })
  @IsOptional()
  to?: string | null;

  @Field(() => Float, { nullable: true, description: 'Base points times this (1.5 = half as many again).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(10)
  multiplier?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be whole points' })
  @Min(1)
  @Max(1_000_000)
  extraPoints?: number | null;
}

@ObjectType({ description: 'A tier, reached with qualifying points or trips in a rolling 12-month window.' })
@InputType('LoyaltySchemeTierInput')
export class LoyaltySchemeTier {
  @Field({ description: 'Upper-case letters, digits and underscores.' })
  @Matches(CODE, { message: 'must be upper-case letters, digits or underscores' })
  code: string;

  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => Int, { description: 'Qualifying points in the window that reach the tier (0 for the entry tier).' })
  @IsInt({ message: 'must be whole points' })
  @Min(0)
  qualifyingPoints: number;

  @Field(() => Int, { nullable: true, description: 'Trips in the window that reach the tier, as an alternative to points.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  qualifyingTrips?: number | null;

  @Field(() => Int, { description: 'Qualifying points in the window needed at the end of the tier period to keep the tier.' })
  @IsInt({ message: 'must be whole points' })
  @Min(0)
  retentionPoints: number;
}

/** One version of the scheme's rules; stored whole, never changed once written. */
@ObjectType()
@InputType('LoyaltySchemeRulesInput')
export class LoyaltySchemeRules {
  @Field(() => [LoyaltyEarningRule])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  earningRules: LoyaltyEarningRule[];

  @Field(() => [LoyaltyBonusRule])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  bonusRules: LoyaltyBonusRule[];

  @Field(() => [LoyaltySchemeTier], { description: 'Lowest first; the first is where every member starts.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  tiers: LoyaltySchemeTier[];

  @Field(() => Int, { description: 'Days after the tier period ends before a member who did not retain the tier drops.' })
  @IsInt()
  @Min(0)
  @Max(366)
  gracePeriodDays: number;

  @Field(() => Int, { nullable: true, description: 'Months after they become available that points expire; null: they never do.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  expiryMonths?: number | null;

  @Field({ description: 'The version of the terms members consent to.' })
  @Length(1, 40)
  termsVersion: string;
}
