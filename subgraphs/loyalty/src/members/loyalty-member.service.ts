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
import { LotState, PointsLot } from '../ledger/points-lot.entity';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { newPeriod, Qualifying, windowStartMonth } from '../scheme/scheme-rules';
import { qualifyingTotals } from '../ledger/lots';

/** Whether the traveller's consent to the scheme's terms is in force (profiles holds consent). */
export interface SchemeConsentCheck {
  inForce(profileId: string): Promise<boolean>;
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
  }

  /** A member's ledger, newest first: keyset by entry id on the (member, id) index, as fast at any depth. */
  statement(memberId: string, page: PageInput): Promise<ListPage<LedgerEntry>> {
    const qb = this.dataSource.getRepository(LedgerEntry).createQueryBuilder('entry').where('entry.member_id = :memberId', { memberId });
    return paginate(qb, { sortProperty: 'id', direction: SortDirection.DESC, page });
  }

  async tierHistories(memberIds: readonly string[]): Promise<TierChange[]> {
    return memberIds.length ? this.dataSource.getRepository(TierChange).find({ where: { memberId: In([...memberIds]) }, order: { id: 'DESC' } }) : [];
  }

  qualifying(memberIds: readonly string[], on: string): Promise<Map<string, Qualifying>> {
    return qualifyingTotals(this.dataSource.manager, memberIds, windowStartMonth(on));
  }

  /** What remains in each member's open lots expiring on or before `until`. */
  async expiringBy(memberIds: readonly string[], until: string): Promise<Map<string, number>> {
    if (!memberIds.length) return new Map();
    const rows = await this.dataSource
      .getRepository(PointsLot)
      .createQueryBuilder('lot')
      .select('lot.member_id', 'memberId')
      .addSelect('SUM(lot.remaining)', 'points')
      .where('lot.member_id IN (:...memberIds) AND lot.state = :open AND lot.expires_on <= :until', { memberIds, open: LotState.OPEN, until })
      .groupBy('lot.member_id')
      .getRawMany<{ memberId: string; points: string | number }>();
    return new Map(rows.map((row) => [row.memberId, Number(row.points)]));
  }

  private async recordTier(manager: EntityManager, memberId: string, fromTier: string | null, toTier: string, on: string): Promise<void> {
    await manager
      .getRepository(TierChange)
      .insert({ id: uuid7(), memberId, fromTier, toTier, cause: TierChangeCause.ENROLMENT, changedOn: on, createdAt: new Date() });
  }
}
