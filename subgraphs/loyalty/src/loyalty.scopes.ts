import type { Scope } from '@wayfarer/registry';

export const LOYALTY_SCOPES = {
  read: 'loyalty:read',
  readNumbers: 'loyalty.numbers:read',
  write: 'loyalty:write',
  earn: 'loyalty:earn',
  adjust: 'loyalty:adjust',
  /** The programme catalogue is maintained by administrators. */
  admin: 'access:admin',
  recordAccountLinks: 'loyalty:record-account-links',
  recordSchemeConsent: 'loyalty:record-scheme-consent',
} as const satisfies Record<string, Scope>;
