import { DataSource, EntityManager, EntityTarget, In, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ForbiddenError, ValidationFailedError } from '../errors/domain.error';
import { utcToday } from '../dates/today';
import type { SubgraphContext } from '../server/context';
import type { AccountLinksInput } from './account-links.input';
import type { TravellerAccountLink } from './traveller-account-link';

type AccountLinkRow = Pick<TravellerAccountLink, 'profileId' | 'accountId' | 'validFrom' | 'validTo'>;

/** The SQL condition that a link (aliased `alias`) is in force on `:linkDay`: started, and not yet past its last day. */
const inForce = (alias: string) => `${alias}.valid_from <= :linkDay AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= :linkDay)`;

/** What tells one link from another: a traveller's link to an account starting on a day. */
export const accountLinkKey = (link: Pick<AccountLinkRow, 'profileId' | 'accountId' | 'validFrom'>) => `${link.profileId}|${link.accountId}|${link.validFrom}`;

/** What a partner hears about a traveller outside its accounts, or one that does not exist. */
export const partnerReadRefusal = () => new ForbiddenError('Partner clients may read only the travellers of their corporate accounts');
const writeRefusal = () => new ForbiddenError('Partner clients may change only the travellers of their corporate accounts');

/** A report whose link ends before it starts is refused whole, naming each such link. */
export function assertAccountLinksValid(links: AccountLinksInput[]): void {
  const violations = links.flatMap((link, index) =>
    link.accounts.flatMap((account, position) =>
      account.validTo && account.validTo < account.validFrom
        ? [{ field: `links.${index}.accounts.${position}.validTo`, rule: 'isAfterStart', message: 'must not be before validFrom' }]
        : [],
    ),
  );
  if (violations.length) throw new ValidationFailedError(violations);
}

/**
 * The partner rule on one subgraph's copy of the links corporate reports: a partner client reaches
 * a traveller only through a link to one of its accounts in force on the day it asks (UTC), on
 * every path; staff and services are not limited by it.
 */
export class PartnerReach<T extends TravellerAccountLink> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
  ) {}

  private get table(): string {
    return this.dataSource.getMetadata(this.entity).tableName;
  }

  /**
   * Replaces every link of the reported travellers with the reported set (repeats collapse),
   * inside the caller's transaction; `excluded` travellers keep none, whatever the report says.
   */
  async record(manager: EntityManager, links: AccountLinksInput[], excluded: ReadonlySet<string> = new Set()): Promise<AccountLinkRow[]> {
    assertAccountLinksValid(links);
    const repository = manager.getRepository(this.entity);
    const profileIds = [...new Set(links.map((link) => link.profileId))];
    if (profileIds.length) await repository.delete({ profileId: In(profileIds) } as never);
    const rows = new Map<string, AccountLinkRow>();
    for (const link of links.filter((link) => !excluded.has(link.profileId))) {
      for (const { accountId, validFrom, validTo } of link.accounts) {
        const row = { profileId: link.profileId, accountId, validFrom, validTo: validTo ?? null };
        rows.set(accountLinkKey(row), row);
      }
    }
    if (rows.size) await repository.insert([...rows.values()] as never);
    return [...rows.values()];
  }

  /** The links of these travellers in force today. */
  async linksInForce(manager: EntityManager, profileIds: readonly string[]): Promise<AccountLinkRow[]> {
    if (!profileIds.length) return [];
    return manager
      .getRepository(this.entity)
      .createQueryBuilder('link')
      .where('link.profile_id IN (:...profileIds)', { profileIds })
      .andWhere(inForce('link'), { linkDay: utcToday() })
      .getMany();
  }

  /**
   * Refuses a partner any of these travellers (a missing one too) outside its accounts; nothing for
   * staff and services. Every traveller asked about in one request is judged in one statement.
   */
  async assertMayRead(profileIds: readonly string[], context: Pick<SubgraphContext, 'principal' | 'loaders'>): Promise<void> {
    if (context.principal.kind !== 'partner') return;
    const allowed = context.principal.accountIds ?? [];
    const loader = context.loaders.get<string, string[]>(`partnerReach:${this.table}`, async (ids) => {
      const rows = await this.linksInForce(this.dataSource.manager, ids);
      return ids.map((id) => rows.filter((row) => row.profileId === id).map((row) => row.accountId));
    });
    const accounts = await Promise.all(profileIds.map((id) => loader.load(id)));
    if (accounts.some((linked) => !linked.some((accountId) => allowed.includes(accountId)))) throw partnerReadRefusal();
  }

  /** Refuses a partner naming, in a list's filter, any traveller outside its accounts. */
  async assertMayName(profileIds: readonly string[], principal: Principal): Promise<void> {
    if (principal.kind !== 'partner' || !profileIds.length) return;
    const allowed = principal.accountIds ?? [];
    const linked = (await this.linksInForce(this.dataSource.manager, profileIds)).filter((row) => allowed.includes(row.accountId));
    if (profileIds.some((id) => !linked.some((row) => row.profileId === id))) throw partnerReadRefusal();
  }

  /** Limits a partner's list to its accounts' travellers: `profileIdColumn` is the query's column holding the traveller's id (e.g. `member.profile_id`). */
  limitList(qb: SelectQueryBuilder<object>, profileIdColumn: string, principal: Principal): void {
    if (principal.kind !== 'partner') return;
    qb.andWhere(
      `EXISTS (SELECT 1 FROM ${this.table} reach_link WHERE reach_link.profile_id = ${profileIdColumn} AND reach_link.account_id IN (:...partnerAccountIds) AND ${inForce('reach_link')})`,
      { partnerAccountIds: principal.accountIds?.length ? principal.accountIds : [''], linkDay: utcToday() },
    );
  }

  /** Refuses a partner's change to a traveller outside its accounts inside the write's transaction, so it rolls back. */
  async assertMayWrite(manager: EntityManager, profileId: string, principal: Principal): Promise<void> {
    if (principal.kind !== 'partner') return;
    const linked = await this.linksInForce(manager, [profileId]);
    if (!linked.some((row) => principal.accountIds?.includes(row.accountId))) throw writeRefusal();
  }

  /** Refuses a partner any change that creates travellers: a new traveller is linked to no account yet. */
  assertMayCreate(principal: Principal): void {
    if (principal.kind === 'partner') throw writeRefusal();
  }
}
