import type { Scope } from '@wayfarer/registry';

export const LOYALTY_SCOPES = {
  read: 'loyalty:read',
  write: 'loyalty:write',
  earn: 'loyalty:earn',
  adjust: 'loyalty:adjust',
  admin: 'access:admin',
  recordAccountLinks: 'loyalty:record-account-links',
  recordSchemeConsent: 'loyalty:record-scheme-consent',
} as const satisfies Record<string, Scope>;
