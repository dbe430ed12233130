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
  /** Service only: the loyalty subgraph asking whether travellers agreed to the scheme's terms. */
  readSchemeConsent: 'profiles:read-scheme-consent',
} as const satisfies Record<string, Scope>;
