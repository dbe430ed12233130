import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { CampaignChannel } from './campaign.types';

/** BCP 47 language, optional script and region, as profiles keeps a traveller's preferred language. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
const LANGUAGE_MESSAGE = 'is a BCP 47 language tag such as en, zh-CN or pt-BR';
export const MAX_AUDIENCE_CRITERIA = 20;
export const MAX_LANGUAGES = 20;
export const MAX_EMAIL_BODY = 20_000;

@InputType()
export class CampaignAudienceInput {
  @Field(() => [String], { nullable: true, description: 'Segment names, e.g. region:europe, loyalty:gold.' })
  @IsOptional()
  @ArrayMaxSize(MAX_AUDIENCE_CRITERIA)
  @Matches(/^[a-z0-9][a-z0-9:+-]{0,47}$/, { each: true, message: 'is a segment name: lower-case letters, digits, ":", "+" and "-", at most 48' })
  segments?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_AUDIENCE_CRITERIA)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tags?: string[];

  @Field(() => ID, { nullable: true, description: 'A corporate account: its travellers linked on the day of sending.' })
  @IsOptional()
  @IsUUID('all')
  accountId?: string;
}

@InputType()
export class CampaignContentInput {
  @Field()
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_MESSAGE })
  language: string;

  @Field(() => String, { nullable: true, description: 'Required for e-mail, none for SMS.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  subject?: string | null;

  @Field()
  @IsString()
  @Length(1, MAX_EMAIL_BODY)
  body: string;
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => CampaignChannel)
  @IsEnum(CampaignChannel)
  channel: CampaignChannel;

  @Field(() => CampaignAudienceInput)
  @ValidateNested()
  audience: CampaignAudienceInput;

  @Field({ description: 'One of the contents’ languages: sent to travellers whose preferred language has no content of its own.' })
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_MESSAGE })
  defaultLanguage: string;

  @Field(() => [CampaignContentInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  contents: CampaignContentInput[];
}

@InputType({ description: 'A draft’s new name, audience or content; what is left out stays.' })
export class UpdateCampaignInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => CampaignAudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  audience?: CampaignAudienceInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_MESSAGE })
  defaultLanguage?: string;

  @Field(() => [CampaignContentInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LANGUAGES)
  @ValidateNested({ each: true })
  contents?: CampaignContentInput[];
}

@InputType()
export class ScheduleCampaignInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'In the future.' })
  sendAt: Date;
}

@InputType()
export class CampaignVersionInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
