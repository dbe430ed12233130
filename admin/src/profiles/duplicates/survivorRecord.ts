/**
 * The API answers a merged profile's id with its survivor. react-admin wants a record under the
 * id it asked for, so the survivor travels as `survivorId` and SurvivorRedirect moves the page there.
 */
export const underRequestedId = <T extends { id: string }>(requestedId: string, profile: T | null | undefined) =>
  profile && profile.id !== requestedId ? { ...profile, id: requestedId, survivorId: profile.id } : profile;
