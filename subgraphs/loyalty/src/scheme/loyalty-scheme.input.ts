import { Field, InputType, Int } from 'type-graphql';
import { IsInt, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { LoyaltySchemeRules } from './scheme-rules.types';

@InputType({ description: 'New rules from a date (today or later, after the latest version); earlier versions stay as they were.' })
export class ReviseLoyaltySchemeInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => LoyaltySchemeRules)
  @ValidateNested()
  rules: LoyaltySchemeRules;
}
