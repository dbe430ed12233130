import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction, lockRowsById, NotFoundError, ValidationFailedError } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import type { ProfilePart } from '../profile/profile-parts';
import { ProfileSegmentsService } from '../segments/profile-segments.service';
import { LoyaltyTierStateInput } from './loyalty-tier-state.input';
import { ProfileLoyaltyTier } from './profile-loyalty-tier.entity';

/**
 * Travellers' membership of our loyalty scheme, as loyalty reports it whenever it changes
 * (enrolment, closure, a tier review): kept so that segments can be derived from it.
 */
export class LoyaltyTiersService implements ProfilePart {
  readonly name = 'loyaltyTiers';

  constructor(
    private readonly dataSource: DataSource,
    private readonly segments: ProfileSegmentsService,
  ) {}

  /** Loyalty's report; returns how many of the travellers are members (active or closed). */
  async record(states: LoyaltyTierStateInput[]): Promise<number> {
    states.forEach((state, index) => {
      if ((state.memberStatus == null) !== (state.tierCode == null))
        throw ValidationFailedError.single(`states.${index}.tierCode`, 'withMemberStatus', 'is given exactly when memberStatus is');
    });
    // The last report of a traveller in the batch is their state.
    const byProfile = new Map(states.map((state) => [state.profileId, state]));
    const ids = [...byProfile.keys()].sort();
    if (!ids.length) return 0;
    return inTransaction(this.dataSource, async (manager) => {
      // Locked as a profile write locks it, so a write deriving segments at the same time waits for this report or is waited for.
      const profiles = await lockRowsById(manager, Profile, ids, (qb) => qb.select(['row.id', 'row.status']));
      const missing = ids.find((id) => !profiles.some((profile) => profile.id === id));
      if (missing) throw new NotFoundError('Profile', missing);
      // An erased traveller keeps nothing, whatever a late report says.
      const kept = new Set(profiles.filter((profile) => profile.status !== ProfileStatus.ERASED).map((profile) => profile.id));
      const reportedAt = new Date();
      const rows = ids
        .map((id) => byProfile.get(id)!)
        .filter((state) => kept.has(state.profileId) && state.memberStatus && state.tierCode)
        .map(({ profileId, memberStatus, tierCode }) => Object.assign(new ProfileLoyaltyTier(), { profileId, memberStatus, tierCode, reportedAt }));
      const repository = manager.getRepository(ProfileLoyaltyTier);
      await repository.delete({ profileId: In(ids) });
      if (rows.length) await repository.insert(rows);
      await this.segments.refresh(manager, [...kept]);
      return rows.length;
    });
  }

  async merge(manager: EntityManager, mergedId: string): Promise<void> {
    // The membership stays with the traveller loyalty knows; the merged profile derives no segments.
    await manager.getRepository(ProfileLoyaltyTier).delete({ profileId: mergedId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const row = await manager.getRepository(ProfileLoyaltyTier).findOne({ where: { profileId } });
    return row && { memberStatus: row.memberStatus, tierCode: row.tierCode, reportedAt: row.reportedAt };
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(ProfileLoyaltyTier).delete({ profileId });
  }
}
