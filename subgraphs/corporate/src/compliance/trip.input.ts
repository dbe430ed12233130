import { Field, Float, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsISO31661Alpha2, IsISO4217CurrencyCode, IsNumber, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { CabinClass, RailClass } from '../policies/policy-rules.types';

@InputType({ description: 'A proposed trip: give the parts that apply (flight, rail, hotel, car).' })
export class TripInput {
  @Field(() => DateScalar)
  departureDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  bookingDate?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(48)
  flightHours?: number;

  @Field(() => CabinClass, { nullable: true })
  @IsOptional()
  @IsEnum(CabinClass)
  cabin?: CabinClass;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{2}$/, { message: 'must be a 2-character IATA airline code' })
  airline?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  distanceKm?: number;

  @Field(() => RailClass, { nullable: true })
  @IsOptional()
  @IsEnum(RailClass)
  railClass?: RailClass;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  hotelCountryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  hotelCity?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'must not be negative' })
  hotelNightlyAmount?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  hotelCurrency?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{2}$/, { message: 'must be a 2-letter GDS chain code' })
  hotelChain?: string;

  @Field(() => String, { nullable: true, description: 'ACRISS code, e.g. CDMR.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{4}$/, { message: 'must be a 4-letter ACRISS code' })
  carCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{2,3}$/, { message: 'must be a 2- or 3-character car hire firm code' })
  carHireFirm?: string;
}
