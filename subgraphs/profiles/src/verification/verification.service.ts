import { ForbiddenError, Principal } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfileHistoryService } from '../history/profile-history.service';

const REVIEW_FIELDS = ['lastVerifiedAt', 'lastVerifiedBy', 'nextReviewDue'];

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** PC2/PC3/PC6: a named staff member checks the profile with the traveller; the next review falls due after the configured interval. */
export class VerificationService {
  constructor(
    private readonly profiles: ProfileService,
    private readonly history: ProfileHistoryService,
    private readonly intervalDays: () => number,
  ) {}

  verify(id: string, expectedVersion: number, principal: Principal): Promise<Profile> {
    if (principal.kind !== 'staff') throw new ForbiddenError('Only a staff member may verify a profile');
    return this.profiles.changeVersioned(id, expectedVersion, principal, 'verifyProfile', async (profile, manager) => {
      const before = { ...profile };
      profile.lastVerifiedAt = profile.updatedAt;
      profile.lastVerifiedBy = principal.id;
      profile.nextReviewDue = addDays(profile.updatedAt.toISOString().slice(0, 10), this.intervalDays());
      await this.history.record(
        manager,
        { profileId: id, principal, operation: 'verifyProfile', subjectClass: Profile, subjectId: id, before, after: profile, fields: REVIEW_FIELDS },
        profile.updatedAt,
      );
    });
  }
}
