import type { Scope } from '@wayfarer/registry';

export const __SCOPES_CONST__ = {
  read: '__name__:read',
  write: '__name__:write',
} as const satisfies Record<string, Scope>;
