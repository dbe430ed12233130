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
} as const satisfies Record<string, Scope>;
