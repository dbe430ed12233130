export const CORPORATE_SCOPES = {
  read: 'corporate:read',
  write: 'corporate:write',
} as const;
