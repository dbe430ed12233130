import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Classification, Classified } from '@wayfarer/kit';

export enum MarketingChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(MarketingChannel, { name: 'MarketingChannel', description: 'A channel campaigns reach travellers on, each with its own marketing consent.' });

export enum CampaignExclusion {
  /** No marketing consent for the channel was ever given, or it was refused. */
  NO_CONSENT = 'NO_CONSENT',
  /** Consent for the channel was given once and has been withdrawn (an unsubscribe link included). */
  WITHDRAWN = 'WITHDRAWN',
  /** No e-mail address, or no phone number, to send to. */
  NO_ADDRESS = 'NO_ADDRESS',
  ARCHIVED = 'ARCHIVED',
  ERASED = 'ERASED',
  /** Merged into another profile, which is reached in its own right. */
  MERGED = 'MERGED',
}
registerEnumType(CampaignExclusion, { name: 'CampaignExclusion', description: 'Why a traveller in a campaign’s audience receives nothing.' });

export const MAX_AUDIENCE_CRITERIA = 20;

@InputType({
  description:
    'Who a campaign is for: travellers in any of the segments, with any of the tags, and linked to the account today; every criterion given must hold, at least one is needed.',
})
export class CampaignAudienceInput {
  @Field(() => [String], { nullable: true, description: 'Segment names, e.g. region:europe, loyalty:gold.' })
  @IsOptional()
  @ArrayMaxSize(MAX_AUDIENCE_CRITERIA)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9:+-]{0,47}$/, { each: true, message: 'is a segment name: lower-case letters, digits, ":", "+" and "-", at most 48' })
  segments?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_AUDIENCE_CRITERIA)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A corporate account: its travellers linked today.' })
  @IsOptional()
  @IsUUID('all')
  accountId?: string | null;
}

@ObjectType({ description: 'One traveller of a campaign’s audience with what sending on the channel needs, or why nothing may be sent.' })
export class CampaignAudienceMember {
  @Field(() => ID)
  profileId: string;

  @Field({ description: 'Marketing consent for the channel is in force and there is an address: the traveller may receive the campaign now.' })
  eligible: boolean;

  @Field(() => CampaignExclusion, { nullable: true })
  exclusion: CampaignExclusion | null;

  @Field(() => String, { nullable: true, description: 'The default e-mail address, or E.164 phone number, for the channel; null when excluded.' })
  @Classified(Classification.Contact)
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The preferred language (BCP 47); null when excluded.' })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'The name to greet the traveller by; null when excluded.' })
  @Classified(Classification.Contact)
  name: string | null;
}

@ObjectType()
export class CampaignAudiencePage {
  @Field(() => [CampaignAudienceMember])
  members: CampaignAudienceMember[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor: string | null;
}

@ObjectType()
export class CampaignExclusionCount {
  @Field(() => CampaignExclusion)
  reason: CampaignExclusion;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How many travellers of an audience may receive a campaign now, and how many are excluded for each reason.' })
export class CampaignAudienceCounts {
  @Field(() => Int)
  eligible: number;

  @Field(() => [CampaignExclusionCount], { description: 'Only reasons that exclude someone.' })
  excluded: CampaignExclusionCount[];
}
