import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PreferenceCategory, PreferenceStance, TravelContext } from './travel-preference.entity';
import { IsPreferenceValue } from './preference-codes';

@InputType()
export class TravelPreferenceInput {
  @Field(() => PreferenceCategory)
  @IsEnum(PreferenceCategory)
  category: PreferenceCategory;

  @Field({ description: 'A code from the category’s list (IATA, ACRISS, GDS) or, for ROUTE, free text.' })
  @Length(1, 200)
  @IsPreferenceValue()
  value: string;

  @Field(() => PreferenceStance, { defaultValue: PreferenceStance.PREFERRED })
  @IsEnum(PreferenceStance)
  stance: PreferenceStance = PreferenceStance.PREFERRED;

  @Field(() => TravelContext, { defaultValue: TravelContext.ANY })
  @IsEnum(TravelContext)
  context: TravelContext = TravelContext.ANY;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  notes?: string | null;
}

@InputType({ description: 'The whole list: it replaces the one stored.' })
export class SetTravelPreferencesInput {
  @Field(() => Int, { description: 'The profile’s version the list was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [TravelPreferenceInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  preferences: TravelPreferenceInput[];
}
