import { ConflictError, ForbiddenError, Principal } from '@wayfarer/kit';
import { ProfileStatus } from '../profile/profile.entity';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfileHistoryService } from '../history/profile-history.service';

const REVIEW_FIELDS = ['lastVerifiedAt', 'lastVerifiedBy', 'lastVerifiedChannel', 'nextReviewDue'];

export enum CustomerVerificationChannel {
  EMAIL = 'EMAIL',
}

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
      profile.lastVerifiedChannel = null;
      profile.nextReviewDue = addDays(profile.updatedAt.toISOString().slice(0, 10), this.intervalDays());
      await this.history.record(
        manager,
        { profileId: id, principal, operation: 'verifyProfile', subjectClass: Profile, subjectId: id, before, after: profile, fields: REVIEW_FIELDS },
        profile.updatedAt,
      );
    });
  }

  /**
   * PC6 by the traveller: they confirmed the summary they were sent, so they are who verified it, through that channel.
   * Retried when staff changed the profile at the same moment, as the confirmation knows no version. Null for an erased or merged traveller.
   */
  async confirmByCustomer(id: string, channel: CustomerVerificationChannel, principal: Principal): Promise<Date | null> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.profiles.findByIds([id]);
      const found = current[0];
      if (!found || found.status === ProfileStatus.ERASED || found.status === ProfileStatus.MERGED) return null;
      try {
        const profile = await this.profiles.changeVersioned(id, found.version, principal, 'confirmProfileByCustomer', async (profile, manager) => {
          const before = { ...profile };
          profile.lastVerifiedAt = profile.updatedAt;
          profile.lastVerifiedBy = id;
          profile.lastVerifiedChannel = channel;
          profile.nextReviewDue = addDays(profile.updatedAt.toISOString().slice(0, 10), this.intervalDays());
          await this.history.record(
            manager,
            {
              profileId: id,
              principal,
              operation: 'confirmProfileByCustomer',
              subjectClass: Profile,
              subjectId: id,
              before,
              after: profile,
              fields: REVIEW_FIELDS,
            },
            profile.updatedAt,
          );
        });
        return profile.lastVerifiedAt;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt === 3) throw error;
      }
    }
  }
}
