import { ForbiddenError, hasScopes, Principal } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileHistoryService } from '../history/profile-history.service';
import { assertSpecialCategoryConsent } from '../consent/consent-rules';
import { SetProfileFlagsInput } from './set-profile-flags.input';

const FLAG_FIELDS = ['vip', 'vipNote', 'specialNeeds'];

/** VIP status and special needs: the flags the console shows as a banner on the profile. */
export class ProfileFlagsService implements ProfilePart {
  readonly name = 'flags';

  constructor(
    private readonly profiles: ProfileService,
    private readonly history: ProfileHistoryService,
  ) {}

  set(id: string, input: SetProfileFlagsInput, principal: Principal): Promise<Profile> {
    // A write never changes what the writer may not read.
    if (input.specialNeeds !== undefined && input.specialNeeds !== null && !hasScopes(principal, [[PROFILE_SCOPES.writeSpecial, PROFILE_SCOPES.readSpecial]])) {
      throw new ForbiddenError('Recording special needs needs the profiles.special:write and profiles.special:read scopes');
    }
    return this.profiles.changeVersioned(id, input.expectedVersion, principal, 'setProfileFlags', async (profile, manager) => {
      const before = { ...profile };
      if (typeof input.vip === 'boolean') profile.vip = input.vip;
      if (input.vipNote !== undefined) profile.vipNote = input.vipNote?.trim() || null;
      if (!profile.vip) profile.vipNote = null;
      if (typeof input.specialNeeds === 'boolean') profile.specialNeeds = input.specialNeeds;
      // Health and mobility needs are special-category data: recorded only with the traveller's consent in force.
      if (input.specialNeeds === true) await assertSpecialCategoryConsent(manager, id, 'input.specialNeeds');
      await this.history.record(
        manager,
        { profileId: id, principal, operation: 'setProfileFlags', subjectClass: Profile, subjectId: id, before, after: profile, fields: FLAG_FIELDS },
        profile.updatedAt,
      );
    });
  }

  /** The flag goes with the consent; segments and reminders derived from it follow in the same write. */
  async eraseSpecialCategory({ manager, at, ...change }: ProfileWrite, profile: Profile): Promise<void> {
    if (!profile.specialNeeds) return;
    const before = { specialNeeds: profile.specialNeeds };
    profile.specialNeeds = false;
    await this.history.record(manager, { ...change, subjectClass: Profile, subjectId: change.profileId, before, after: { specialNeeds: false } }, at);
  }
}
