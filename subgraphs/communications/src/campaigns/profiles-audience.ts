import { FieldViolation, GatewayCall, gatewayFailure, ValidationFailedError } from '@wayfarer/kit';
import { CampaignAudience, CampaignChannel, ExclusionReason } from './campaign.types';

/** One traveller of an audience as profiles answers: where and in which language to send, or why not. */
export interface AudienceMember {
  profileId: string;
  eligible: boolean;
  exclusion: ExclusionReason | null;
  address: string | null;
  language: string | null;
  name: string | null;
}

export interface AudienceCounts {
  eligible: number;
  excluded: { reason: ExclusionReason; count: number }[];
}

const MEMBER = 'profileId eligible exclusion address language name';
const PAGE = `query CampaignAudience($audience: CampaignAudienceInput!, $channel: MarketingChannel!, $after: String, $limit: Int!, $eligible: Boolean) {
  campaignAudience(audience: $audience, channel: $channel, after: $after, limit: $limit, eligible: $eligible) { members { ${MEMBER} } nextCursor }
}`;
const COUNTS = `query CampaignAudienceCounts($audience: CampaignAudienceInput!, $channel: MarketingChannel!) {
  campaignAudienceCounts(audience: $audience, channel: $channel) { eligible excluded { reason count } }
}`;
const MEMBERS = `query CampaignAudienceMembers($profileIds: [ID!]!, $channel: MarketingChannel!) {
  campaignAudienceMembers(profileIds: $profileIds, channel: $channel) { ${MEMBER} }
}`;
const WITHDRAW = 'mutation WithdrawMarketingConsent($id: ID!, $channel: MarketingChannel!) { withdrawMarketingConsent(id: $id, channel: $channel) }';

/**
 * Profiles holds segments, tags, account links, contacts, languages and consents: campaigns ask it,
 * through the gateway as this service, who an audience is and whether each may be sent to now.
 */
export class ProfilesAudience {
  constructor(private readonly call: GatewayCall) {}

  async page(
    audience: CampaignAudience,
    channel: CampaignChannel,
    page: { after: string | null; limit: number; eligible?: boolean },
  ): Promise<{ members: AudienceMember[]; nextCursor: string | null }> {
    return (await this.ask<{ campaignAudience: { members: AudienceMember[]; nextCursor: string | null } }>(PAGE, { audience, channel, ...page }))
      .campaignAudience;
  }

  async counts(audience: CampaignAudience, channel: CampaignChannel): Promise<AudienceCounts> {
    return (await this.ask<{ campaignAudienceCounts: AudienceCounts }>(COUNTS, { audience, channel })).campaignAudienceCounts;
  }

  async members(profileIds: string[], channel: CampaignChannel): Promise<AudienceMember[]> {
    return (await this.ask<{ campaignAudienceMembers: AudienceMember[] }>(MEMBERS, { profileIds, channel })).campaignAudienceMembers;
  }

  /** Whether a consent was in force and is now withdrawn. */
  async withdraw(profileId: string, channel: CampaignChannel): Promise<boolean> {
    return (await this.ask<{ withdrawMarketingConsent: boolean }>(WITHDRAW, { id: profileId, channel })).withdrawMarketingConsent;
  }

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await this.call<T>(query, variables);
    // Profiles owns the audience rules (a criterion at least, no special-category segment): its refusal is the caller's.
    const refusal = answer.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
    if (refusal)
      throw new ValidationFailedError(
        (refusal.extensions?.violations as FieldViolation[] | undefined) ?? [{ field: 'audience', rule: 'audience', message: refusal.message }],
      );
    const failure = gatewayFailure(answer);
    if (failure || !answer.data) throw new ProfilesUnavailableError(failure ?? 'no data');
    return answer.data;
  }
}

export class ProfilesUnavailableError extends Error {
  constructor(reason: string) {
    super(`profiles could not answer about the campaign audience: ${reason}`);
  }
}
