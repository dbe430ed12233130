import { DataSource, In } from 'typeorm';
import { inTransaction, Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_FIELDS } from '../profile/profile-fields';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileHistoryService } from '../history/profile-history.service';
import { assertSpecialCategoryConsent } from '../consent/consent-rules';
import { ProfileMerge } from './profile-merge.entity';
import { MergeProfilesInput, MergeSide } from './merge-profiles.input';
import { MergeChoices } from './merge-choices';

const OPERATION = 'mergeProfiles';

export class ProfileMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly parts: ProfileParts,
    private readonly history: ProfileHistoryService,
  ) {}

  /**
   * Folds one profile into another in one transaction: both versions checked, chosen fields
   * copied, every part's rows moved, the merged profile left as a MERGED tombstone pointing at
   * the survivor, lineage and history recorded.
   */
  async merge(input: MergeProfilesInput, principal: Principal): Promise<Profile> {
    this.profiles.assertMayRead(principal);
    if (input.survivorId === input.mergedId)
      throw ValidationFailedError.single('input.mergedId', 'notSurvivor', 'must be a different profile from the survivor');
    const choices = new MergeChoices(input.fieldChoices, principal);
    const { survivorId, mergedId } = input;
    return inTransaction(this.dataSource, async (manager) => {
      let merged: Profile | undefined;
      await this.profiles.changeVersionedIn(manager, mergedId, input.mergedVersion, principal, OPERATION, async (profile) => {
        merged = { ...profile } as Profile;
        profile.status = ProfileStatus.MERGED;
        profile.mergedInto = survivorId;
      });
      const lineage = Object.assign(new ProfileMerge(), {
        id: uuid7(),
        mergedId,
        survivorId,
        mergedAt: new Date(),
        mergedBy: principal.id,
        fieldChoices: input.fieldChoices.map(({ field, from }) => ({ field, from })),
      });
      const survivor = await this.profiles.changeVersionedIn(manager, survivorId, input.survivorVersion, principal, OPERATION, async (profile, inner) => {
        const before = { ...profile };
        const chosen = choices.columnsFrom(profile, merged!);
        // apply() checks and normalises the fields a profile is written with (names, contact lists) and rebuilds the search keys.
        Object.assign(profile, chosen);
        this.profiles.apply(profile, chosen);
        for (const part of this.parts.all()) await part.merge?.(inner, mergedId, survivorId, principal, choices);
        if (profile.specialNeeds && choices.sideOf('specialNeeds') === MergeSide.MERGED) {
          await assertSpecialCategoryConsent(inner, survivorId, choices.pathOf('specialNeeds'));
        }
        const otherFields = Object.keys(chosen).filter((field) => !PROFILE_FIELDS.history.includes(field));
        await this.history.record(
          inner,
          { profileId: survivorId, principal, operation: OPERATION, subjectClass: Profile, subjectId: survivorId, before, after: profile, fields: otherFields },
          profile.updatedAt,
        );
        // Earlier merges into the merged profile now point at the survivor, so every old id resolves in one hop.
        await inner.getRepository(Profile).update({ mergedInto: mergedId }, { mergedInto: survivorId });
        await inner.getRepository(ProfileMerge).insert(lineage);
      });
      for (const profileId of [survivorId, mergedId]) {
        await this.history.record(
          manager,
          {
            profileId,
            principal,
            operation: OPERATION,
            subjectClass: ProfileMerge,
            subjectId: lineage.id,
            before: null,
            after: lineage,
            fields: ['mergedId', 'survivorId', 'fieldChoices'],
          },
          lineage.mergedAt,
        );
      }
      return survivor;
    });
  }

  /** The merged profiles that resolve to the given survivors. */
  mergedInto(survivorIds: readonly string[]): Promise<Pick<Profile, 'id' | 'mergedInto'>[]> {
    return this.dataSource
      .getRepository(Profile)
      .find({ select: { id: true, mergedInto: true }, where: { mergedInto: In([...survivorIds]) }, order: { id: 'ASC' } });
  }
}
