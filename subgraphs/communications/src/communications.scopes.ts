import type { Scope } from '@wayfarer/registry';

export const COMMUNICATIONS_SCOPES = {
  read: 'communications:read',
  write: 'communications:write',
} as const satisfies Record<string, Scope>;
