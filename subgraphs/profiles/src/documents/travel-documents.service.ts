import { DataSource } from 'typeorm';
import { Principal } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfileHistoryService } from '../history/profile-history.service';
import { DocumentItem, DocumentListService } from './document-list.service';
import { ProfileDocument } from './profile-document';

/** Nationalities and the document lists beyond passports, each changed alone under the profile's version. */
export class TravelDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly history: ProfileHistoryService,
  ) {}

  findByProfileIds<E extends ProfileDocument>(
    list: Pick<DocumentListService<E, DocumentItem>, 'findByProfileIds'>,
    profileIds: readonly string[],
  ): Promise<E[]> {
    return list.findByProfileIds(this.dataSource.manager, profileIds);
  }

  setNationalities(profileId: string, expectedVersion: number, nationalities: string[], principal: Principal): Promise<Profile> {
    const operation = 'setNationalities';
    return this.profiles.changeVersioned(profileId, expectedVersion, principal, operation, async (profile, manager) => {
      // An empty list is recorded as no value, so adding the first nationality reads as from nothing.
      const recorded = (codes: string[]) => ({ nationalities: codes.length > 0 ? codes : null });
      const before = recorded(profile.nationalities);
      profile.nationalities = nationalities.map((code) => code.toUpperCase());
      await this.history.record(
        manager,
        { profileId, principal, operation, subjectClass: Profile, subjectId: profileId, before, after: recorded(profile.nationalities) },
        profile.updatedAt,
      );
    });
  }

  setList<E extends ProfileDocument, I extends DocumentItem>(
    list: DocumentListService<E, I>,
    operation: string,
    profileId: string,
    expectedVersion: number,
    items: I[],
    principal: Principal,
  ): Promise<Profile> {
    return this.profiles.changeVersioned(profileId, expectedVersion, principal, operation, (profile, manager) =>
      list.replace(manager, { profileId, principal, operation }, items, profile.updatedAt),
    );
  }
}
