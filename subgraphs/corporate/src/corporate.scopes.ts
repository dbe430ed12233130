import type { Scope } from '@wayfarer/registry';

export const CORPORATE_SCOPES = {
  read: 'corporate:read',
  write: 'corporate:write',
  /** Services only: the profiles subgraph reporting linked travellers' business preferences. */
  recordTravellerPreferences: 'corporate:record-traveller-preferences',
} as const satisfies Record<string, Scope>;
