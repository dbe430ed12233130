import { EntityManager, In } from 'typeorm';
import { Profile, ProfileStatus } from '../profile/profile.entity';

/** Longer chains cannot arise (merging re-points earlier merges at the new survivor); this only bounds a corrupt loop. */
const MAX_HOPS = 8;

/**
 * Each id's profile in order, a merged id answering with the profile it was merged into.
 * One query, plus one per hop when any id was merged: merging keeps `mergedInto` pointing at
 * the final survivor, so that is one extra query at most.
 */
export async function findFollowingMerges(manager: EntityManager, ids: readonly string[]): Promise<(Profile | null)[]> {
  const repository = manager.getRepository(Profile);
  const found = new Map((await repository.find({ where: { id: In([...ids]) } })).map((profile) => [profile.id, profile]));
  const unresolved = () => [
    ...new Set([...found.values()].filter((profile) => isMerged(profile) && !found.has(profile.mergedInto!)).map((profile) => profile.mergedInto!)),
  ];
  for (let hop = 0, missing = unresolved(); missing.length > 0 && hop < MAX_HOPS; hop++, missing = unresolved()) {
    for (const profile of await repository.find({ where: { id: In(missing) } })) found.set(profile.id, profile);
    if (missing.every((id) => !found.has(id))) break;
  }
  return ids.map((id) => {
    let profile = found.get(id) ?? null;
    for (let hop = 0; profile && isMerged(profile) && hop < MAX_HOPS; hop++) profile = found.get(profile.mergedInto!) ?? null;
    return profile;
  });
}

function isMerged(profile: Profile): boolean {
  return profile.status === ProfileStatus.MERGED && profile.mergedInto !== null;
}
