export const PROFILE_SCOPES = {
  read: 'profiles:read',
  write: 'profiles:write',
  readPersonal: 'profiles.personal:read',
  readDocuments: 'profiles.documents:read',
  writeDocuments: 'profiles.documents:write',
} as const;
