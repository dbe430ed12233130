import type { Scope } from '@wayfarer/registry';

export const PROFILE_SCOPES = {
  read: 'profiles:read',
  write: 'profiles:write',
  readPersonal: 'profiles.personal:read',
  readDocuments: 'profiles.documents:read',
  writeDocuments: 'profiles.documents:write',
  readSpecial: 'profiles.special:read',
  writeSpecial: 'profiles.special:write',
  merge: 'profiles:merge',
  /** Service only: the corporate subgraph reporting travellers' accounts. */
  recordAccountLinks: 'profiles:record-account-links',
  /** Service only: loyalty and communications asking whether a traveller's consent for a purpose is in force. */
  readConsentState: 'profiles:read-consent-state',
  /** Service only: the loyalty subgraph reporting travellers' scheme membership and tier. */
  recordLoyaltyTiers: 'profiles:record-loyalty-tiers',
  /** Service only: the communications subgraph resolving a campaign's audience with contacts, language and marketing consent. */
  resolveCampaignAudience: 'profiles:resolve-campaign-audience',
  /** Service only: the communications subgraph recording a traveller's unsubscribe from a channel. */
  withdrawMarketingConsent: 'profiles:withdraw-marketing-consent',
  /** Service only: the communications subgraph sending a traveller their profile to agree (PPLTT26 PC6). */
  readProfileSummary: 'profiles:read-profile-summary',
  /** Service only: the communications subgraph recording that the traveller confirmed their profile themselves. */
  recordCustomerVerification: 'profiles:record-customer-verification',
  /** Service only: the communications subgraph matching captured e-mail to its sender. */
  matchEmailSenders: 'profiles:match-email-senders',
} as const satisfies Record<string, Scope>;
