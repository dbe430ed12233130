import { CampaignChannel } from './campaign.types';
import { SignedTokens, UUID } from '../signed-token';

export interface UnsubscribeClaim {
  profileId: string;
  channel: CampaignChannel;
  campaignId: string;
}

const CHANNELS = new Set<string>(Object.values(CampaignChannel));

/** The token in a message's unsubscribe link: which traveller and channel, from which campaign, until when. */
export class UnsubscribeLinks {
  private readonly tokens: SignedTokens;

  constructor(
    secret: string,
    private readonly publicUrl: string,
    private readonly lifetimeMs: number,
  ) {
    this.tokens = new SignedTokens(secret, 'unsubscribe');
  }

  url(claim: UnsubscribeClaim, now = Date.now()): string {
    return `${this.publicUrl}/unsubscribe?token=${this.tokens.sign([claim.profileId, claim.channel, claim.campaignId], now + this.lifetimeMs)}`;
  }

  /** The claim of a genuine token that has not expired; null for anything else. */
  verify(token: string, now = Date.now()): UnsubscribeClaim | null {
    const fields = this.tokens.verify(token, now);
    if (!fields || fields.length !== 3) return null;
    const [profileId, channel, campaignId] = fields;
    if (typeof profileId !== 'string' || !UUID.test(profileId) || typeof campaignId !== 'string' || !UUID.test(campaignId)) return null;
    if (typeof channel !== 'string' || !CHANNELS.has(channel)) return null;
    return { profileId, channel: channel as CampaignChannel, campaignId };
  }
}
