import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID, Length, ValidateNested } from 'class-validator';

// Strings rather than the enums: a category profiles adds later must not block every report until corporate knows it.

@InputType()
export class ReportedPreferenceInput {
  @Field()
  @Length(1, 40)
  category: string;

  @Field()
  @Length(1, 200)
  value: string;

  @Field()
  @Length(1, 40)
  stance: string;

  @Field()
  @Length(1, 40)
  context: string;
}

@InputType({ description: 'A traveller’s business and any-context preferences, as they are now; replaces the earlier report.' })
export class TravellerPreferencesInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => [ReportedPreferenceInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  preferences: ReportedPreferenceInput[];
}
