import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { bulkInsert } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileBulkWrite, ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { ProfileFilter } from '../profile/profile-list.args';
import { ProfilePhone } from './profile-phone.entity';

/** The index rows for a profile's phones; for writers that insert profiles in bulk, outside ProfileService. */
export function phoneIndexRows(profile: Pick<Profile, 'id' | 'phones'>): ProfilePhone[] {
  return [...new Set(profile.phones.map((phone) => phone.number))].map((number) => Object.assign(new ProfilePhone(), { number, profileId: profile.id }));
}

/** Keeps `profile_phones` equal to each profile's phones, in the transaction that changed them. */
export class ProfilePhoneIndex implements ProfilePart {
  readonly name = 'phoneIndex';

  async afterWrite({ manager, profileId }: ProfileWrite): Promise<void> {
    const profile = await manager.getRepository(Profile).findOne({ where: { id: profileId }, select: { id: true, phones: true } });
    const wanted = profile ? phoneIndexRows(profile) : [];
    const stored = await manager.getRepository(ProfilePhone).find({ where: { profileId } });
    const key = (rows: ProfilePhone[]) =>
      rows
        .map((row) => row.number)
        .sort()
        .join(' ');
    if (key(wanted) === key(stored)) return;
    if (stored.length > 0) await manager.getRepository(ProfilePhone).delete({ profileId });
    if (wanted.length > 0) await manager.getRepository(ProfilePhone).insert(wanted);
  }

  /** New profiles have no rows yet: only inserts. */
  async afterInsertMany({ manager, profiles }: ProfileBulkWrite): Promise<void> {
    await bulkInsert(manager, ProfilePhone, profiles.flatMap(phoneIndexRows));
  }

  /** `ProfileFilter.phone`: travellers with this exact E.164 number, through the index's primary key. */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter): Promise<void> {
    if (filter.phone) qb.andWhere(`${qb.alias}.id IN (SELECT profile_id FROM profile_phones WHERE number = :phone)`, { phone: filter.phone });
  }

  /** The merged profile is no longer found by its phones; the survivor's own write re-indexes what it took over. */
  async merge(manager: EntityManager, mergedId: string): Promise<void> {
    await manager.getRepository(ProfilePhone).delete({ profileId: mergedId });
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(ProfilePhone).delete({ profileId });
  }
}
