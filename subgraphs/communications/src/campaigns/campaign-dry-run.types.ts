import { Field, Int, ObjectType } from 'type-graphql';
import { Profile } from '../profile/profile.reference';
import { ExclusionCount, ExclusionReason } from './campaign.types';

@ObjectType({ description: 'A traveller the campaign would reach now, in this language.' })
export class DryRunRecipient {
  @Field(() => Profile)
  profile: Profile;

  @Field(() => String, { nullable: true, description: 'Their preferred language; the content sent is the default one when it has none of its own.' })
  language: string | null;
}

@ObjectType()
export class DryRunExclusion {
  @Field(() => Profile)
  profile: Profile;

  @Field(() => ExclusionReason)
  reason: ExclusionReason;
}

@ObjectType({
  description: 'Who would receive the campaign if it went out now and who is excluded why: counts and the first page of each. Nothing is sent or written.',
})
export class CampaignDryRun {
  @Field(() => Int)
  recipientCount: number;

  @Field(() => [ExclusionCount])
  exclusionCounts: ExclusionCount[];

  @Field(() => [DryRunRecipient])
  recipients: DryRunRecipient[];

  @Field(() => [DryRunExclusion])
  excluded: DryRunExclusion[];
}

@ObjectType({ description: 'What following an unsubscribe link did.' })
export class UnsubscribeOutcome {
  @Field({ description: 'Marketing consent for the channel was in force and is now withdrawn.' })
  withdrawn: boolean;

  @Field(() => String)
  channel: string;
}
