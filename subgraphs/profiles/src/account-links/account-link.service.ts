import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { enqueueOutbox, ForbiddenError, inTransaction, NotFoundError, Principal, SubgraphContext } from '@wayfarer/kit';
import { ProfileAccountLink } from './profile-account-link.entity';
import { AccountLinksInput } from './account-links.input';
import { BUSINESS_PREFERENCES } from './business-preferences.topic';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import type { ProfileBulkWrite, ProfilePart } from '../profile/profile-parts';
import type { ProfileFilter } from '../profile/profile-list.args';

const refusal = () => new ForbiddenError('Partner clients may read only the travellers of their corporate accounts');

/**
 * Which corporate accounts each traveller belongs to (pushed by the corporate subgraph),
 * and the partner rule built on it: a partner reaches a traveller only through one of its accounts.
 */
export class AccountLinkService implements ProfilePart {
  readonly name = 'accountLinks';

  constructor(private readonly dataSource: DataSource) {}

  async record(links: AccountLinksInput[]): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const profileIds = [...new Set(links.map((link) => link.profileId))];
      const found = await manager.getRepository(Profile).find({ where: { id: In(profileIds) }, select: { id: true, status: true } });
      const missing = profileIds.find((id) => !found.some((profile) => profile.id === id));
      if (missing) throw new NotFoundError('Profile', missing);
      // An erased traveller gives no account's partners access, whatever a late report says.
      const erased = new Set(found.filter((profile) => profile.status === ProfileStatus.ERASED).map((profile) => profile.id));
      await manager.getRepository(ProfileAccountLink).delete({ profileId: In(profileIds) });
      const rows = links
        .filter((link) => !erased.has(link.profileId))
        .flatMap((link) => [...new Set(link.accountIds)].map((accountId) => ({ profileId: link.profileId, accountId })));
      if (rows.length) await manager.getRepository(ProfileAccountLink).insert(rows);
      // A newly linked traveller's compliance needs their preferences in corporate.
      await enqueueOutbox(manager, BUSINESS_PREFERENCES, new Set(rows.map((row) => row.profileId)));
      return rows.length;
    });
  }

  /** Which of these travellers exist and were not erased: corporate asks before it links one. */
  async existing(profileIds: string[]): Promise<string[]> {
    if (!profileIds.length) return [];
    const profiles = await this.dataSource.getRepository(Profile).find({ where: { id: In(profileIds), status: Not(ProfileStatus.ERASED) }, select: { id: true } });
    return profiles.map((profile) => profile.id);
  }

  /** Refuses a partner a traveller (or a missing one) outside its accounts; one statement per request for every traveller asked about. */
  async assertPartnerMayRead(profile: Profile | null, context: SubgraphContext): Promise<Profile | null> {
    const allowed = context.principal.accountIds ?? [];
    if (!profile) throw refusal();
    const accounts = await context.loaders
      .get<string, string[]>('accountLinksByProfile', async (ids) => {
        const rows = await this.dataSource.getRepository(ProfileAccountLink).find({ where: { profileId: In([...ids]) } });
        return ids.map((id) => rows.filter((row) => row.profileId === id).map((row) => row.accountId));
      })
      .load(profile.id);
    if (!accounts.some((accountId) => allowed.includes(accountId))) throw refusal();
    return profile;
  }

  /** Partners list only their accounts' travellers; naming any other traveller is refused. */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<void> {
    if (principal.kind !== 'partner') return;
    const accountIds = principal.accountIds?.length ? principal.accountIds : [''];
    if (filter.ids?.length) {
      const linked = await this.dataSource
        .getRepository(ProfileAccountLink)
        .find({ where: { profileId: In(filter.ids), accountId: In(accountIds) }, select: { profileId: true } });
      if (filter.ids.some((id) => !linked.some((row) => row.profileId === id))) throw refusal();
    }
    qb.andWhere(
      `EXISTS (SELECT 1 FROM profile_account_links link WHERE link.profile_id = ${qb.alias}.id AND link.account_id IN (:...partnerAccountIds))`,
      { partnerAccountIds: accountIds },
    );
  }

  /**
   * A partner's change to a traveller outside its accounts is refused inside the write's
   * transaction, so it rolls back; any change to a linked traveller is reported to corporate,
   * whose compliance judges their business preferences.
   */
  async afterWrite(write: { manager: EntityManager; profileId: string; principal: Principal }): Promise<void> {
    const accountIds = (await write.manager.getRepository(ProfileAccountLink).find({ where: { profileId: write.profileId } })).map((row) => row.accountId);
    if (write.principal.kind === 'partner' && !accountIds.some((accountId) => write.principal.accountIds?.includes(accountId))) {
      throw new ForbiddenError('Partner clients may change only the travellers of their corporate accounts');
    }
    if (accountIds.length) await enqueueOutbox(write.manager, BUSINESS_PREFERENCES, [write.profileId]);
  }

  /** Imported travellers are new, so linked to no account: partners may not import them, and corporate has nothing to hear. */
  async afterInsertMany(write: ProfileBulkWrite): Promise<void> {
    if (write.principal.kind === 'partner') throw new ForbiddenError('Partner clients may change only the travellers of their corporate accounts');
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    const repository = manager.getRepository(ProfileAccountLink);
    const moved = await repository.find({ where: { profileId: mergedId } });
    const kept = new Set((await repository.find({ where: { profileId: survivorId } })).map((row) => row.accountId));
    await repository.delete({ profileId: mergedId });
    const rows = moved.filter((row) => !kept.has(row.accountId)).map((row) => ({ profileId: survivorId, accountId: row.accountId }));
    if (rows.length) await repository.insert(rows);
    if (moved.length || kept.size) await enqueueOutbox(manager, BUSINESS_PREFERENCES, [mergedId, survivorId]);
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    return (await manager.getRepository(ProfileAccountLink).find({ where: { profileId } })).map((row) => ({ corporateAccountId: row.accountId }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    const result = await manager.getRepository(ProfileAccountLink).delete({ profileId });
    // Corporate's copy of the traveller's preferences goes when it hears they have none left.
    if (result.affected) await enqueueOutbox(manager, BUSINESS_PREFERENCES, [profileId]);
  }
}
