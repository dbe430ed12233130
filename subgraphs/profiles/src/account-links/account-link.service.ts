import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import {
  accountLinkKey,
  AccountLinksInput,
  enqueueOutbox,
  inTransaction,
  NotFoundError,
  PartnerReach,
  partnerReadRefusal,
  Principal,
  SubgraphContext,
} from '@wayfarer/kit';
import { ProfileAccountLink } from './profile-account-link.entity';
import { BUSINESS_PREFERENCES } from './business-preferences.topic';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import type { ProfileBulkWrite, ProfilePart } from '../profile/profile-parts';
import type { ProfileFilter } from '../profile/profile-list.args';

/**
 * Which corporate accounts each traveller belongs to, from when to when (pushed by the corporate
 * subgraph), and the partner rule built on it: a partner reaches a traveller only through a link
 * to one of its accounts that is in force on the day it asks, on every path.
 */
export class AccountLinkService implements ProfilePart {
  readonly name = 'accountLinks';

  private readonly reach: PartnerReach<ProfileAccountLink>;

  constructor(private readonly dataSource: DataSource) {
    this.reach = new PartnerReach(dataSource, ProfileAccountLink);
  }

  async record(links: AccountLinksInput[]): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const profileIds = [...new Set(links.map((link) => link.profileId))];
      const found = await manager.getRepository(Profile).find({ where: { id: In(profileIds) }, select: { id: true, status: true } });
      const missing = profileIds.find((id) => !found.some((profile) => profile.id === id));
      if (missing) throw new NotFoundError('Profile', missing);
      // An erased traveller gives no account's partners access, whatever a late report says.
      const erased = new Set(found.filter((profile) => profile.status === ProfileStatus.ERASED).map((profile) => profile.id));
      const rows = await this.reach.record(manager, links, erased);
      // A newly linked traveller's compliance needs their preferences in corporate.
      await enqueueOutbox(manager, BUSINESS_PREFERENCES, new Set(rows.map((row) => row.profileId)));
      return rows.length;
    });
  }

  /** Which of these travellers exist and were not erased: corporate asks before it links one. */
  async existing(profileIds: string[]): Promise<string[]> {
    if (!profileIds.length) return [];
    const profiles = await this.dataSource
      .getRepository(Profile)
      .find({ where: { id: In(profileIds), status: Not(ProfileStatus.ERASED) }, select: { id: true } });
    return profiles.map((profile) => profile.id);
  }

  /** Refuses a partner a traveller (or a missing one) outside its accounts; one statement per request for every traveller asked about. */
  async assertPartnerMayRead(profile: Profile | null, context: SubgraphContext): Promise<Profile | null> {
    if (!profile) throw partnerReadRefusal();
    await this.reach.assertMayRead([profile.id], context);
    return profile;
  }

  /** Partners list only their accounts' travellers; naming any other traveller is refused. */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<void> {
    await this.reach.assertMayName(filter.ids ?? [], principal);
    this.reach.limitList(qb, `${qb.alias}.id`, principal);
  }

  /**
   * A partner's change to a traveller outside its accounts is refused inside the write's
   * transaction, so it rolls back; any change to a linked traveller is reported to corporate,
   * whose compliance judges their business preferences.
   */
  async afterWrite(write: { manager: EntityManager; profileId: string; principal: Principal }): Promise<void> {
    await this.reach.assertMayWrite(write.manager, write.profileId, write.principal);
    if (await write.manager.getRepository(ProfileAccountLink).exists({ where: { profileId: write.profileId } })) {
      await enqueueOutbox(write.manager, BUSINESS_PREFERENCES, [write.profileId]);
    }
  }

  /** Imported travellers are new, so linked to no account: partners may not import them, and corporate has nothing to hear. */
  async afterInsertMany(write: ProfileBulkWrite): Promise<void> {
    this.reach.assertMayCreate(write.principal);
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    const repository = manager.getRepository(ProfileAccountLink);
    const moved = await repository.find({ where: { profileId: mergedId } });
    const kept = new Set((await repository.find({ where: { profileId: survivorId } })).map(accountLinkKey));
    await repository.delete({ profileId: mergedId });
    const rows = moved.map((row) => ({ ...row, profileId: survivorId })).filter((row) => !kept.has(accountLinkKey(row)));
    if (rows.length) await repository.insert(rows);
    if (moved.length || kept.size) await enqueueOutbox(manager, BUSINESS_PREFERENCES, [mergedId, survivorId]);
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    return (await manager.getRepository(ProfileAccountLink).find({ where: { profileId } })).map((row) => ({
      corporateAccountId: row.accountId,
      validFrom: row.validFrom,
      validTo: row.validTo,
    }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    const result = await manager.getRepository(ProfileAccountLink).delete({ profileId });
    // Corporate's copy of the traveller's preferences goes when it hears they have none left.
    if (result.affected) await enqueueOutbox(manager, BUSINESS_PREFERENCES, [profileId]);
  }
}
