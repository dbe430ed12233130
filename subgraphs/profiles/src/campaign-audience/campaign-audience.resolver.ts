import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { CampaignAudienceService } from './campaign-audience.service';
import { CampaignAudienceCounts, CampaignAudienceInput, CampaignAudienceMember, CampaignAudiencePage, MarketingChannel } from './campaign-audience.types';

/** The most travellers one page of an audience, or one consent re-check, answers. */
export const MAX_AUDIENCE_PAGE = 10_000;

@Resolver()
export class CampaignAudienceResolver {
  constructor(private readonly audiences: CampaignAudienceService) {}

  @Query(() => CampaignAudiencePage, {
    description:
      'One page of a campaign audience in profile id order, each traveller with their address and language for the channel or why they are excluded (services only); `eligible` keeps only one kind.',
  })
  @RequiresScopes([PROFILE_SCOPES.resolveCampaignAudience])
  campaignAudience(
    @Arg('audience') audience: CampaignAudienceInput,
    @Arg('channel', () => MarketingChannel) channel: MarketingChannel,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('limit', () => Int, { defaultValue: 1_000 }) limit: number,
    @Arg('eligible', () => Boolean, { nullable: true }) eligible: boolean | null,
  ): Promise<CampaignAudiencePage> {
    if (limit < 1 || limit > MAX_AUDIENCE_PAGE) throw ValidationFailedError.single('limit', 'range', `is between 1 and ${MAX_AUDIENCE_PAGE}`);
    return this.audiences.page(audience, channel, after, limit, eligible);
  }

  @Query(() => CampaignAudienceCounts, { description: 'How many of a campaign audience may receive it now, and how many are excluded why (services only).' })
  @RequiresScopes([PROFILE_SCOPES.resolveCampaignAudience])
  campaignAudienceCounts(
    @Arg('audience') audience: CampaignAudienceInput,
    @Arg('channel', () => MarketingChannel) channel: MarketingChannel,
  ): Promise<CampaignAudienceCounts> {
    return this.audiences.counts(audience, channel);
  }

  @Query(() => [CampaignAudienceMember], {
    description:
      'These travellers as they stand now for the channel, in the order asked (services only): a campaign re-checks each batch right before sending.',
  })
  @RequiresScopes([PROFILE_SCOPES.resolveCampaignAudience])
  campaignAudienceMembers(
    @Arg('profileIds', () => [ID]) profileIds: string[],
    @Arg('channel', () => MarketingChannel) channel: MarketingChannel,
  ): Promise<CampaignAudienceMember[]> {
    if (profileIds.length > MAX_AUDIENCE_PAGE) throw ValidationFailedError.single('profileIds', 'arrayMaxSize', `holds at most ${MAX_AUDIENCE_PAGE}`);
    return this.audiences.members(profileIds, channel);
  }

  @Mutation(() => Boolean, {
    description:
      'The traveller followed an unsubscribe link (services only): their marketing consent for the channel ends at once, recorded as a refusal; false when none was in force.',
  })
  @RequiresScopes([PROFILE_SCOPES.withdrawMarketingConsent])
  @AuditedMutation('Profile')
  withdrawMarketingConsent(
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => MarketingChannel) channel: MarketingChannel,
    @Ctx() { principal }: SubgraphContext,
  ): Promise<boolean> {
    return this.audiences.withdraw(id, channel, principal);
  }
}
