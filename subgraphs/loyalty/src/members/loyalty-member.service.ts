import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  ConflictError,
  inTransaction,
  isUniqueViolation,
  ListPage,
  PageInput,
  paginate,
  SortDirection,
  utcToday,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { LoyaltyMember, LoyaltyMemberStatus, MemberCloseReason } from './loyalty-member.entity';
import { TierChange, TierChangeCause } from './tier-change.entity';
import { LoyaltyMemberListArgs, LoyaltyMemberSortField } from './loyalty-member.input';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LotState } from '../ledger/points-lot.entity';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { newPeriod, Qualifying, windowStartMonth } from '../scheme/scheme-rules';
import { reportLoyaltyTiers } from '../tier-report/loyalty-tiers.topic';

/** Whether the traveller's consent to the scheme's terms is in force (profiles holds consent). */
export interface SchemeConsentCheck {
  inForce(profileId: string): Promise<boolean>;
}

/** A member's qualifying totals in the rolling window and the points they hold that expire soon. */
export interface MemberStanding {
  qualifying: Qualifying;
  expiring: number;
}

/** A closed member is not reviewed: their tier stays as it was. */
const NEVER_REVIEWED = '9999-12-31';

export class LoyaltyMemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: LoyaltySchemeService,
    private readonly consent: SchemeConsentCheck,
  ) {}

  async findByIds(ids: readonly string[]): Promise<LoyaltyMember[]> {
    return ids.length ? this.dataSource.getRepository(LoyaltyMember).find({ where: { id: In([...ids]) } }) : [];
  }

  async findByProfileIds(profileIds: readonly string[]): Promise<LoyaltyMember[]> {
    return profileIds.length ? this.dataSource.getRepository(LoyaltyMember).find({ where: { profileId: In([...profileIds]) } }) : [];
  }

  /** `restrict` narrows the list to what the caller may read (a partner's own travellers). */
  async list(args: LoyaltyMemberListArgs, restrict?: (qb: SelectQueryBuilder<LoyaltyMember>) => void): Promise<ListPage<LoyaltyMember>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(LoyaltyMember).createQueryBuilder('member');
    if (filter.profileIds) qb.andWhere('member.profile_id IN (:...profileIds)', { profileIds: filter.profileIds.length ? filter.profileIds : [''] });
    if (filter.tier) qb.andWhere('member.tier_code = :tier', { tier: filter.tier });
    if (filter.status) qb.andWhere('member.status = :status', { status: filter.status });
    restrict?.(qb);
    return paginate(qb, {
      sortProperty: args.sort?.field ?? LoyaltyMemberSortField.ENROLLED_AT,
      direction: args.sort?.direction ?? SortDirection.DESC,
      page: args.page ?? { limit: 25 },
    });
  }

  /**
   * Enrols a traveller who consents to the scheme's terms, in the entry tier of the rules in force
   * today; a closed membership (consent withdrawn earlier) opens again with its ledger.
   */
  async enrol(profileId: string, mayWrite: (manager: EntityManager) => Promise<void>): Promise<LoyaltyMember> {
    if (!(await this.consent.inForce(profileId)))
      throw ValidationFailedError.single('input.profileId', 'schemeConsent', 'the traveller has not consented to the scheme’s terms');
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        await mayWrite(manager);
        const today = utcToday();
        const version = await this.schemes.versionOn(today, manager);
        if (!version) throw new ConflictError('The scheme has no rules in force today', { field: 'input.profileId', rule: 'schemeInForce' });
        const rules = version.rules;
        const repository = manager.getRepository(LoyaltyMember);
        const existing = await repository.findOne({ where: { profileId } });
        if (existing?.status === LoyaltyMemberStatus.ACTIVE)
          throw new ConflictError('The traveller is already a member', { field: 'input.profileId', rule: 'notEnrolled', memberId: existing.id });
        const period = newPeriod(rules, rules.tiers[0].code, today);
        const now = new Date();
        if (existing) {
          const reopened = {
            ...period,
            status: LoyaltyMemberStatus.ACTIVE,
            closedAt: null,
            closeReason: null,
            termsVersion: rules.termsVersion,
            updatedAt: now,
          };
          const result = await repository
            .createQueryBuilder()
            .update()
            .set({ ...reopened, version: () => 'version + 1' })
            .where('id = :id AND status = :closed', { id: existing.id, closed: LoyaltyMemberStatus.CLOSED })
            .execute();
          if (result.affected !== 1) throw new ConflictError('The traveller is already a member', { field: 'input.profileId', rule: 'notEnrolled' });
          await this.recordTier(manager, existing.id, existing.tierCode, period.tierCode, today);
          await reportLoyaltyTiers(manager, [profileId]);
          return Object.assign(existing, reopened, { version: existing.version + 1 });
        }
        const member = Object.assign(new LoyaltyMember(), {
          id: uuid7(),
          profileId,
          status: LoyaltyMemberStatus.ACTIVE,
          ...period,
          availablePoints: 0,
          pendingPoints: 0,
          earnedPoints: 0,
          usedPoints: 0,
          expiredPoints: 0,
          termsVersion: rules.termsVersion,
          enrolledAt: now,
          closedAt: null,
          closeReason: null,
          erasedAt: null,
          version: 1,
          updatedAt: now,
        });
        await repository.insert(member);
        await this.recordTier(manager, member.id, null, period.tierCode, today);
        await reportLoyaltyTiers(manager, [profileId]);
        return member;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('The traveller is already a member', { field: 'input.profileId', rule: 'notEnrolled' });
      throw error;
    }
  }

  /** Withdrawn consent closes the membership in the same transaction that records it; points and ledger stay. */
  async closeForWithdrawnConsent(manager: EntityManager, profileIds: readonly string[]): Promise<void> {
    if (!profileIds.length) return;
    await manager
      .createQueryBuilder()
      .update(LoyaltyMember)
      .set({
        status: LoyaltyMemberStatus.CLOSED,
        closedAt: new Date(),
        closeReason: MemberCloseReason.CONSENT_WITHDRAWN,
        tierReviewOn: NEVER_REVIEWED,
        updatedAt: new Date(),
        version: () => 'version + 1',
      })
      .where('profile_id IN (:...profileIds) AND status = :active', { profileIds, active: LoyaltyMemberStatus.ACTIVE })
      .execute();
    await reportLoyaltyTiers(manager, profileIds);
  }

  /** A member's ledger, newest first: keyset by entry id on the (member, id) index, as fast at any depth. */
  statement(memberId: string, page: PageInput): Promise<ListPage<LedgerEntry>> {
    const qb = this.dataSource.getRepository(LedgerEntry).createQueryBuilder('entry').where('entry.member_id = :memberId', { memberId });
    return paginate(qb, { sortProperty: 'id', direction: SortDirection.DESC, page });
  }

  async tierHistories(memberIds: readonly string[]): Promise<TierChange[]> {
    return memberIds.length ? this.dataSource.getRepository(TierChange).find({ where: { memberId: In([...memberIds]) }, order: { id: 'DESC' } }) : [];
  }

  /**
   * What members' status needs beyond their rows, in one statement: qualifying points and trips in
   * the rolling window of `on` (at most twelve month rows each), and what remains in their open lots
   * that have not expired (after their expiry marks) and expire on or before `until` (a range of the
   * lots' (member, state, expires_on, id, remaining) index).
   */
  async standings(memberIds: readonly string[], on: string, until: string): Promise<Map<string, MemberStanding>> {
    if (!memberIds.length) return new Map();
    const qualifying = (sum: string) =>
      `(SELECT COALESCE(SUM(month.${sum}), 0) FROM loyalty_qualifying_months month WHERE month.member_id = member.id AND month.month >= ?)`;
    const rows = await this.dataSource.query<{ memberId: string; points: string | number; trips: string | number; expiring: string | number }[]>(
      `SELECT member.id AS memberId, ${qualifying('points')} AS points, ${qualifying('trips')} AS trips,
              (SELECT COALESCE(SUM(lot.remaining), 0) FROM loyalty_points_lots lot
                WHERE lot.member_id = member.id AND lot.state = ? AND lot.expires_on > member.lots_expired_through AND lot.expires_on <= ?) AS expiring
         FROM loyalty_members member WHERE member.id IN (${memberIds.map(() => '?').join(', ')})`,
      [windowStartMonth(on), windowStartMonth(on), LotState.OPEN, until, ...memberIds],
    );
    return new Map(rows.map((row) => [row.memberId, { qualifying: { points: Number(row.points), trips: Number(row.trips) }, expiring: Number(row.expiring) }]));
  }

  private async recordTier(manager: EntityManager, memberId: string, fromTier: string | null, toTier: string, on: string): Promise<void> {
    await manager
      .getRepository(TierChange)
      .insert({ id: uuid7(), memberId, fromTier, toTier, cause: TierChangeCause.ENROLMENT, changedOn: on, createdAt: new Date() });
  }
}
