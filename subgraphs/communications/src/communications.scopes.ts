import type { Scope } from '@wayfarer/registry';

export const COMMUNICATIONS_SCOPES = {
  read: 'communications:read',
  write: 'communications:write',
  readConfidential: 'communications.confidential:read',
  readCampaigns: 'campaigns:read',
  writeCampaigns: 'campaigns:write',
  sendCampaigns: 'campaigns:send',
  /** Complaint service levels are configuration, maintained by administrators. */
  admin: 'access:admin',
} as const satisfies Record<string, Scope>;
