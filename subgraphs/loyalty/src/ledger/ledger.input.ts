import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsISO4217CurrencyCode,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { LoyaltyProductType } from '../scheme/scheme-rules.types';

const MAX_POINTS = 10_000_000;
const SOMETHING_SAID = /\S/;

@InputType({ description: 'Points for a booking, priced by the scheme version in force on the booking date.' })
export class EarnLoyaltyPointsInput {
  @Field(() => ID, { description: 'The traveller, who must be an active member.' })
  @IsUUID('all')
  profileId: string;

  @Field({ description: 'The idempotency key: posting the same booking reference again answers the entry it made.' })
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'must be letters, digits, dots, slashes, underscores or hyphens' })
  bookingReference: string;

  @Field(() => LoyaltyProductType)
  @IsEnum(LoyaltyProductType)
  productType: LoyaltyProductType;

  @Field(() => Float, { description: 'Amount spent, in the currency given.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be an amount of money with at most 2 decimals' })
  @IsPositive({ message: 'must be more than zero' })
  @Max(10_000_000)
  amount: number;

  @Field({ description: 'ISO 4217; the scheme must have an earning rule for the product in it.' })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  currency: string;

  @Field(() => DateScalar, { description: 'Decides the scheme version and bonus periods that apply.' })
  bookedOn: string;

  @Field(() => DateScalar, { description: 'The points are pending until this day, then available.' })
  travelDate: string;

  @Field(() => [String], { nullable: true, description: 'Segments the traveller belongs to, for segment bonuses.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 60, { each: true })
  segments?: string[];
}

@InputType({ description: 'Points for a reward (its price, one of its stock) or a plain number of points: exactly one.' })
export class RedeemLoyaltyPointsInput {
  @Field(() => ID)
  @IsUUID('all')
  memberId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  rewardId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be whole points' })
  @Min(1, { message: 'must be at least 1 point' })
  @Max(MAX_POINTS)
  points?: number;
}

@InputType({ description: 'Points added (positive) or deducted (negative) by a supervisor, with the reason.' })
export class AdjustLoyaltyPointsInput {
  @Field(() => ID)
  @IsUUID('all')
  memberId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be whole points' })
  @NotEquals(0, { message: 'must add or deduct at least 1 point' })
  @Min(-MAX_POINTS)
  @Max(MAX_POINTS)
  points: number;

  @Field()
  @Matches(SOMETHING_SAID, { message: 'is required: say why' })
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'Undoes an earlier earn, redemption or adjustment with an entry of the opposite sign.' })
export class ReverseLoyaltyEntryInput {
  @Field(() => ID)
  @IsUUID('all')
  entryId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SOMETHING_SAID, { message: 'must say something when given' })
  @MaxLength(500)
  reason?: string;
}
