import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { enqueueOutbox, ForbiddenError, inTransaction, NotFoundError, Principal, SubgraphContext, utcToday, ValidationFailedError } from '@wayfarer/kit';
import { ProfileAccountLink } from './profile-account-link.entity';
import { AccountLinksInput } from './account-links.input';
import { BUSINESS_PREFERENCES } from './business-preferences.topic';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import type { ProfileBulkWrite, ProfilePart } from '../profile/profile-parts';
import type { ProfileFilter } from '../profile/profile-list.args';

const refusal = () => new ForbiddenError('Partner clients may read only the travellers of their corporate accounts');

/** The SQL condition that a link (aliased `link`) is in force on `:linkDay`: started, and not yet past its last day. */
const IN_FORCE = 'link.valid_from <= :linkDay AND (link.valid_to IS NULL OR link.valid_to >= :linkDay)';

const linkKey = (link: Pick<ProfileAccountLink, 'profileId' | 'accountId' | 'validFrom'>) => `${link.profileId}|${link.accountId}|${link.validFrom}`;

/**
 * Which corporate accounts each traveller belongs to, from when to when (pushed by the corporate
 * subgraph), and the partner rule built on it: a partner reaches a traveller only through a link
 * to one of its accounts that is in force on the day it asks, on every path.
 */
export class AccountLinkService implements ProfilePart {
  readonly name = 'accountLinks';

  constructor(private readonly dataSource: DataSource) {}

  async record(links: AccountLinksInput[]): Promise<number> {
    const violations = links.flatMap((link, index) =>
      link.accounts.flatMap((account, position) =>
        account.validTo && account.validTo < account.validFrom
          ? [{ field: `links.${index}.accounts.${position}.validTo`, rule: 'isAfterStart', message: 'must not be before validFrom' }]
          : [],
      ),
    );
    if (violations.length) throw new ValidationFailedError(violations);
    return inTransaction(this.dataSource, async (manager) => {
      const profileIds = [...new Set(links.map((link) => link.profileId))];
      const found = await manager.getRepository(Profile).find({ where: { id: In(profileIds) }, select: { id: true, status: true } });
      const missing = profileIds.find((id) => !found.some((profile) => profile.id === id));
      if (missing) throw new NotFoundError('Profile', missing);
      // An erased traveller gives no account's partners access, whatever a late report says.
      const erased = new Set(found.filter((profile) => profile.status === ProfileStatus.ERASED).map((profile) => profile.id));
      await manager.getRepository(ProfileAccountLink).delete({ profileId: In(profileIds) });
      const rows = new Map<string, ProfileAccountLink>();
      for (const link of links.filter((link) => !erased.has(link.profileId))) {
        for (const { accountId, validFrom, validTo } of link.accounts) {
          const row = { profileId: link.profileId, accountId, validFrom, validTo: validTo ?? null };
          rows.set(linkKey(row), row);
        }
      }
      if (rows.size) await manager.getRepository(ProfileAccountLink).insert([...rows.values()]);
      // A newly linked traveller's compliance needs their preferences in corporate.
      await enqueueOutbox(manager, BUSINESS_PREFERENCES, new Set([...rows.values()].map((row) => row.profileId)));
      return rows.size;
    });
  }

  /** The accounts each traveller is linked to today. */
  private async accountsInForce(manager: EntityManager, profileIds: readonly string[]): Promise<ProfileAccountLink[]> {
    if (!profileIds.length) return [];
    return manager
      .getRepository(ProfileAccountLink)
      .createQueryBuilder('link')
      .where('link.profile_id IN (:...profileIds)', { profileIds })
      .andWhere(IN_FORCE, { linkDay: utcToday() })
      .getMany();
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
    const allowed = context.principal.accountIds ?? [];
    if (!profile) throw refusal();
    const accounts = await context.loaders
      .get<string, string[]>('accountLinksByProfile', async (ids) => {
        const rows = await this.accountsInForce(this.dataSource.manager, ids);
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
      const linked = (await this.accountsInForce(this.dataSource.manager, filter.ids)).filter((row) => accountIds.includes(row.accountId));
      if (filter.ids.some((id) => !linked.some((row) => row.profileId === id))) throw refusal();
    }
    qb.andWhere(
      `EXISTS (SELECT 1 FROM profile_account_links link WHERE link.profile_id = ${qb.alias}.id AND link.account_id IN (:...partnerAccountIds) AND ${IN_FORCE})`,
      { partnerAccountIds: accountIds, linkDay: utcToday() },
    );
  }

  /**
   * A partner's change to a traveller outside its accounts is refused inside the write's
   * transaction, so it rolls back; any change to a linked traveller is reported to corporate,
   * whose compliance judges their business preferences.
   */
  async afterWrite(write: { manager: EntityManager; profileId: string; principal: Principal }): Promise<void> {
    if (write.principal.kind === 'partner') {
      const inForce = await this.accountsInForce(write.manager, [write.profileId]);
      if (!inForce.some((row) => write.principal.accountIds?.includes(row.accountId))) {
        throw new ForbiddenError('Partner clients may change only the travellers of their corporate accounts');
      }
    }
    if (await write.manager.getRepository(ProfileAccountLink).exists({ where: { profileId: write.profileId } })) {
      await enqueueOutbox(write.manager, BUSINESS_PREFERENCES, [write.profileId]);
    }
  }

  /** Imported travellers are new, so linked to no account: partners may not import them, and corporate has nothing to hear. */
  async afterInsertMany(write: ProfileBulkWrite): Promise<void> {
    if (write.principal.kind === 'partner') throw new ForbiddenError('Partner clients may change only the travellers of their corporate accounts');
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    const repository = manager.getRepository(ProfileAccountLink);
    const moved = await repository.find({ where: { profileId: mergedId } });
    const kept = new Set((await repository.find({ where: { profileId: survivorId } })).map(linkKey));
    await repository.delete({ profileId: mergedId });
    const rows = moved.map((row) => ({ ...row, profileId: survivorId })).filter((row) => !kept.has(linkKey(row)));
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
