import { createHmac, timingSafeEqual } from 'node:crypto';
import { CampaignChannel } from './campaign.types';

export interface UnsubscribeClaim {
  profileId: string;
  channel: CampaignChannel;
  campaignId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHANNELS = new Set<string>(Object.values(CampaignChannel));

/**
 * The token in a message's unsubscribe link: which traveller and channel, from which campaign, until
 * when, signed with HMAC-SHA-256 so that nobody can make one for another traveller or stretch its life.
 */
export class UnsubscribeLinks {
  constructor(
    private readonly secret: string,
    private readonly publicUrl: string,
    private readonly lifetimeMs: number,
  ) {}

  url(claim: Omit<UnsubscribeClaim, 'expiresAt'>, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify([claim.profileId, claim.channel, claim.campaignId, now + this.lifetimeMs])).toString('base64url');
    return `${this.publicUrl}/unsubscribe?token=${payload}.${this.sign(payload)}`;
  }

  /** The claim of a genuine token that has not expired; null for anything else. */
  verify(token: string, now = Date.now()): UnsubscribeClaim | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let fields: unknown;
    try {
      fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(fields) || fields.length !== 4) return null;
    const [profileId, channel, campaignId, expiresAt] = fields as unknown[];
    if (typeof profileId !== 'string' || !UUID.test(profileId) || typeof campaignId !== 'string' || !UUID.test(campaignId)) return null;
    if (typeof channel !== 'string' || !CHANNELS.has(channel) || typeof expiresAt !== 'number' || expiresAt <= now) return null;
    return { profileId, channel: channel as CampaignChannel, campaignId, expiresAt };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(`unsubscribe.${payload}`).digest('base64url');
  }
}
