import { DataSource, In } from 'typeorm';
import { ForbiddenError, hasScopes, inTransaction, Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileHistoryService } from '../history/profile-history.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileMerge } from './profile-merge.entity';
import { MergeableField, MergeProfilesInput, MergeSide } from './merge-profiles.input';

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
    this.check(input, principal);
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
        const chosen: Record<string, unknown> = {};
        for (const choice of input.fieldChoices) if (choice.from === MergeSide.MERGED) chosen[choice.field] = merged![choice.field as keyof Profile];
        this.profiles.apply(profile, chosen);
        for (const part of this.parts.all()) await part.merge?.(inner, mergedId, survivorId, principal);
        // Earlier merges into the merged profile now point at the survivor, so every old id resolves in one hop.
        await inner.getRepository(Profile).update({ mergedInto: mergedId }, { mergedInto: survivorId });
        await inner.getRepository(ProfileMerge).insert(lineage);
      });
      for (const profileId of [survivorId, mergedId]) {
        await this.history.record(
          manager,
          { profileId, principal, operation: OPERATION, subjectClass: ProfileMerge, subjectId: lineage.id, before: null, after: lineage, fields: ['mergedId', 'survivorId', 'fieldChoices'] },
          lineage.mergedAt,
        );
      }
      return survivor;
    });
  }

  /** The merged profiles that resolve to the given survivors. */
  mergedInto(survivorIds: readonly string[]): Promise<Pick<Profile, 'id' | 'mergedInto'>[]> {
    return this.dataSource.getRepository(Profile).find({ select: { id: true, mergedInto: true }, where: { mergedInto: In([...survivorIds]) }, order: { id: 'ASC' } });
  }

  private check(input: MergeProfilesInput, principal: Principal): void {
    this.profiles.assertMayRead(principal);
    if (input.survivorId === input.mergedId) throw ValidationFailedError.single('input.mergedId', 'notSurvivor', 'must be a different profile from the survivor');
    const seen = new Set<MergeableField>();
    input.fieldChoices.forEach((choice, index) => {
      if (seen.has(choice.field)) throw ValidationFailedError.single(`input.fieldChoices.${index}.field`, 'unique', 'is chosen more than once');
      seen.add(choice.field);
    });
    const takesBirthDate = input.fieldChoices.some((choice) => choice.field === MergeableField.DATE_OF_BIRTH && choice.from === MergeSide.MERGED);
    if (takesBirthDate && !hasScopes(principal, [[PROFILE_SCOPES.readPersonal]])) {
      throw new ForbiddenError('Choosing the date of birth needs the profiles.personal:read scope');
    }
  }
}
