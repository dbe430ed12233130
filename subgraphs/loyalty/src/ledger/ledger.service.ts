import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictError, ForbiddenError, inTransaction, isUniqueViolation, Principal, utcToday, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
import { EntryReason } from './entry-reason.entity';
import { LotState, NEVER_EXPIRES, PointsLot } from './points-lot.entity';
import { addQualifying, consumeLots } from './lots';
import { expireOpenedPastMark, lotAsOf } from './expiry';
import { AdjustLoyaltyPointsInput, EarnLoyaltyPointsInput, RedeemLoyaltyPointsInput, ReverseLoyaltyEntryInput } from './ledger.input';
import { LoyaltyMember, LoyaltyMemberStatus } from '../members/loyalty-member.entity';
import { lockMember, lockMemberOfProfile } from '../members/member-lock';
import { BalanceChange, changeBalances } from '../members/balance';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { LoyaltyRewardService } from '../scheme/loyalty-reward.service';
import { LoyaltyReward } from '../scheme/loyalty-reward.entity';
import { addMonths, monthOf, pointsFor } from '../scheme/scheme-rules';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

/** Refuses, inside the write's transaction, a caller who may not change this traveller's points (null: an erased member). */
export type MayWrite = (manager: EntityManager, profileId: string | null) => Promise<void>;

type EntryFields = Omit<LedgerEntry, 'id' | 'memberId' | 'kind' | 'points' | 'postedAt' | 'postedBy'>;

const NO_DETAILS: EntryFields = {
  bookingReference: null,
  productType: null,
  amount: null,
  currency: null,
  bookedOn: null,
  travelDate: null,
  schemeVersionId: null,
  rewardId: null,
  reversesId: null,
};

const notEnough = (field: string, wanted: number, member: LoyaltyMember) =>
  ValidationFailedError.single(field, 'withinAvailable', `${wanted} points is more than the ${member.availablePoints} available`);

/**
 * Every ledger write: lock the member's row, check, then append the entry, move the lots and
 * change the maintained balances, all in one transaction. Nothing is ever updated or deleted in
 * the ledger itself.
 */
export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: LoyaltySchemeService,
    private readonly rewards: LoyaltyRewardService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<LedgerEntry[]> {
    return ids.length ? this.dataSource.getRepository(LedgerEntry).find({ where: { id: In([...ids]) } }) : [];
  }

  async reasonsOf(entryIds: readonly string[]): Promise<EntryReason[]> {
    return entryIds.length ? this.dataSource.getRepository(EntryReason).find({ where: { entryId: In([...entryIds]) } }) : [];
  }

  /**
   * An earn, once per booking reference: a repeat answers the entry the first made (for the same
   * member; another member's booking reference is CONFLICT). Pending until the travel date.
   */
  async earn(input: EarnLoyaltyPointsInput, principal: Principal, mayWrite: MayWrite): Promise<LedgerEntry> {
    if (input.travelDate < input.bookedOn) throw ValidationFailedError.single('input.travelDate', 'notBeforeBookedOn', 'must not be before bookedOn');
    const currency = input.currency.toUpperCase();
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        await mayWrite(manager, input.profileId);
        const member = await lockMemberOfProfile(manager, input.profileId);
        if (!member) throw ValidationFailedError.single('input.profileId', 'enrolled', 'the traveller is not a member of the scheme');
        const existing = await this.earnOf(manager, input.bookingReference);
        if (existing) return sameMember(existing, member.id);
        assertActive(member);
        const version = await this.schemes.versionOn(input.bookedOn, manager);
        if (!version) throw ValidationFailedError.single('input.bookedOn', 'schemeInForce', `the scheme had no rules in force on ${input.bookedOn}`);
        const points = pointsFor(version.rules, { ...input, currency, segments: input.segments ?? [] });
        if (points === null)
          throw ValidationFailedError.single(
            'input.currency',
            'earnable',
            `${input.productType} bought in ${currency} earns nothing under the rules in force on ${input.bookedOn}`,
          );
        if (points === 0) throw ValidationFailedError.single('input.amount', 'earnsPoints', 'is too small to earn a whole point');
        const today = utcToday();
        const pending = input.travelDate > today;
        const entry = await this.append(manager, member, LedgerEntryKind.EARN, points, principal, {
          ...NO_DETAILS,
          bookingReference: input.bookingReference,
          productType: input.productType,
          amount: input.amount,
          currency,
          bookedOn: input.bookedOn,
          travelDate: input.travelDate,
          schemeVersionId: version.id,
        });
        await this.insertLot(manager, member, entry, {
          state: pending ? LotState.PENDING : LotState.OPEN,
          qualifying: true,
          availableOn: input.travelDate,
          expiresOn: version.rules.expiryMonths ? addMonths(input.travelDate, version.rules.expiryMonths) : NEVER_EXPIRES,
        });
        if (!pending) await addQualifying(manager, [{ memberId: member.id, month: monthOf(input.travelDate), points, trips: 1 }]);
        await changeBalances(
          manager,
          member,
          pending ? { pending: points, earned: points } : { available: points, earned: points },
          pending ? {} : { tierReviewOn: earlier(member.tierReviewOn, today) },
        );
        return entry;
      });
    } catch (error) {
      // Two members' earns with one booking reference: the unique key let one in.
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.earnOf(this.dataSource.manager, input.bookingReference);
      const member = await this.dataSource.getRepository(LoyaltyMember).findOne({ where: { profileId: input.profileId }, select: { id: true } });
      if (!existing || !member) throw error;
      return sameMember(existing, member.id);
    }
  }

  async redeem(input: RedeemLoyaltyPointsInput, principal: Principal, mayWrite: MayWrite): Promise<LedgerEntry> {
    if ((input.points === undefined || input.points === null) === (input.rewardId === undefined || input.rewardId === null))
      throw ValidationFailedError.single('input.points', 'pointsOrReward', 'give either points or a rewardId');
    return inTransaction(this.dataSource, async (manager) => {
      const member = await this.lockedMember(manager, input.memberId);
      await mayWrite(manager, member.profileId);
      assertActive(member);
      let reward: LoyaltyReward | null = null;
      if (input.rewardId) {
        reward = await manager.getRepository(LoyaltyReward).findOne({ where: { id: input.rewardId } });
        if (!reward) throw ValidationFailedError.single('input.rewardId', 'exists', 'is not a reward of the scheme');
        if (!reward.active) throw ValidationFailedError.single('input.rewardId', 'active', `${reward.name} is no longer offered`);
      }
      const points = reward ? reward.pointsPrice : input.points!;
      if (points > member.availablePoints) throw notEnough(reward ? 'input.rewardId' : 'input.points', points, member);
      if (reward) await this.rewards.takeOne(manager, reward);
      const entry = await this.append(manager, member, LedgerEntryKind.REDEEM, -points, principal, { ...NO_DETAILS, rewardId: reward?.id ?? null });
      await consumeLots(manager, member, points);
      await changeBalances(manager, member, { available: -points, used: points });
      return entry;
    });
  }

  async adjust(input: AdjustLoyaltyPointsInput, principal: Principal): Promise<LedgerEntry> {
    return inTransaction(this.dataSource, async (manager) => {
      const member = await this.lockedMember(manager, input.memberId);
      assertActive(member);
      if (input.points < 0 && -input.points > member.availablePoints) throw notEnough('input.points', -input.points, member);
      const entry = await this.append(manager, member, LedgerEntryKind.ADJUST, input.points, principal, NO_DETAILS, input.reason.trim());
      if (input.points > 0) {
        await this.creditOpenLot(manager, member, entry);
        await changeBalances(manager, member, { available: input.points, earned: input.points });
      } else {
        await consumeLots(manager, member, -input.points);
        await changeBalances(manager, member, { available: input.points, used: -input.points });
      }
      return entry;
    });
  }

  /**
   * The opposite of an earlier entry, once. Reversing a credit (an earn or a positive adjustment)
   * takes back its points that have not expired: what remains of its lot first, then, when some
   * were already redeemed, the same number from the member's other available points; when the
   * member no longer holds that many the reversal is CONFLICT (the balance never goes below zero:
   * a supervisor deducts what can be recovered). Reversing a debit (a redemption or a deduction)
   * gives the points back as a new lot expiring as points earned today would, and a reward back to
   * its stock. Expiries and reversals are not reversed.
   */
  async reverse(input: ReverseLoyaltyEntryInput, principal: Principal, mayWrite: MayWrite): Promise<LedgerEntry> {
    return inTransaction(this.dataSource, async (manager) => {
      const original = await manager.getRepository(LedgerEntry).findOne({ where: { id: input.entryId } });
      if (!original) throw ValidationFailedError.single('input.entryId', 'exists', 'is not a ledger entry');
      if (!principal.scopes.includes(LOYALTY_SCOPES.adjust) && original.kind !== LedgerEntryKind.EARN)
        throw new ForbiddenError(`Reversing a ${original.kind} entry needs ${LOYALTY_SCOPES.adjust}`);
      const member = (await lockMember(manager, original.memberId))!;
      await mayWrite(manager, member.profileId);
      if (original.kind === LedgerEntryKind.EXPIRE || original.kind === LedgerEntryKind.REVERSE)
        throw ValidationFailedError.single('input.entryId', 'reversible', `a ${original.kind} entry cannot be reversed`);
      const reversal = await manager.getRepository(LedgerEntry).findOne({ where: { reversesId: original.id }, select: { id: true } });
      if (reversal) throw new ConflictError(`Entry ${original.id} was already reversed by ${reversal.id}`, { field: 'input.entryId', rule: 'notReversed' });
      assertActive(member);
      const details = { ...NO_DETAILS, reversesId: original.id, rewardId: original.rewardId, bookingReference: null };
      const reason = input.reason?.trim() ?? null;
      if (original.points > 0) return this.reverseCredit(manager, member, original, principal, details, reason);
      const points = -original.points;
      const entry = await this.append(manager, member, LedgerEntryKind.REVERSE, points, principal, details, reason);
      await this.creditOpenLot(manager, member, entry);
      if (original.rewardId) await this.rewards.putBack(manager, original.rewardId);
      await changeBalances(manager, member, { available: points, used: -points });
      return entry;
    });
  }

  private async reverseCredit(
    manager: EntityManager,
    member: LoyaltyMember,
    original: LedgerEntry,
    principal: Principal,
    details: EntryFields,
    reason: string | null,
  ): Promise<LedgerEntry> {
    const lot = lotAsOf((await manager.getRepository(PointsLot).findOne({ where: { id: original.id } }))!, member);
    const points = lot.points - lot.expired;
    if (points === 0)
      throw new ConflictError(`Entry ${original.id}'s points have all expired; there is nothing to reverse`, { field: 'input.entryId', rule: 'notExpired' });
    const spent = points - lot.remaining;
    const otherAvailable = member.availablePoints - (lot.state === LotState.OPEN ? lot.remaining : 0);
    if (spent > otherAvailable)
      throw new ConflictError(`${spent} of entry ${original.id}'s points were already redeemed and the member holds only ${otherAvailable} others`, {
        field: 'input.entryId',
        rule: 'pointsStillHeld',
      });
    const entry = await this.append(manager, member, LedgerEntryKind.REVERSE, -points, principal, details, reason);
    await manager.getRepository(PointsLot).update({ id: lot.id }, { remaining: 0, expired: lot.expired, state: LotState.CLOSED });
    if (spent > 0) await consumeLots(manager, member, spent);
    const change: BalanceChange = lot.state === LotState.PENDING ? { pending: -points, earned: -points } : { available: -points, earned: -points };
    const confirmed = lot.qualifying && lot.state !== LotState.PENDING;
    if (confirmed) await addQualifying(manager, [{ memberId: member.id, month: monthOf(lot.availableOn), points: -lot.points, trips: -1 }]);
    await changeBalances(manager, member, change, confirmed ? { tierReviewOn: earlier(member.tierReviewOn, utcToday()) } : {});
    return entry;
  }

  private earnOf(manager: EntityManager, bookingReference: string): Promise<LedgerEntry | null> {
    return manager.getRepository(LedgerEntry).findOne({ where: { bookingReference } });
  }

  private async lockedMember(manager: EntityManager, memberId: string): Promise<LoyaltyMember> {
    const member = await lockMember(manager, memberId);
    if (!member) throw ValidationFailedError.single('input.memberId', 'exists', 'is not a member of the scheme');
    return member;
  }

  private async append(
    manager: EntityManager,
    member: LoyaltyMember,
    kind: LedgerEntryKind,
    points: number,
    principal: Principal,
    details: EntryFields,
    reason: string | null = null,
  ): Promise<LedgerEntry> {
    const entry = Object.assign(new LedgerEntry(), {
      id: uuid7(),
      memberId: member.id,
      kind,
      points,
      postedAt: new Date(),
      postedBy: principal.id,
      ...details,
    });
    await manager.getRepository(LedgerEntry).insert(entry);
    if (reason) await manager.getRepository(EntryReason).insert({ entryId: entry.id, reason });
    return entry;
  }

  /** A credit's lot; one that opens past the member's expiry mark (travel long ago) expires at once. */
  private async insertLot(
    manager: EntityManager,
    member: LoyaltyMember,
    entry: LedgerEntry,
    fields: Pick<PointsLot, 'state' | 'qualifying' | 'availableOn' | 'expiresOn'>,
  ): Promise<void> {
    const lot: PointsLot = { id: entry.id, memberId: entry.memberId, points: entry.points, remaining: entry.points, expired: 0, ...fields };
    await manager.getRepository(PointsLot).insert(lot);
    if (lot.state === LotState.OPEN) await expireOpenedPastMark(manager, [lot], new Map([[member.id, member]]));
  }

  /** Points credited today outside an earn: available at once, expiring as today's rules say. */
  private async creditOpenLot(manager: EntityManager, member: LoyaltyMember, entry: LedgerEntry): Promise<void> {
    const today = utcToday();
    const rules = (await this.schemes.versionOn(today, manager))?.rules;
    await this.insertLot(manager, member, entry, {
      state: LotState.OPEN,
      qualifying: false,
      availableOn: today,
      expiresOn: rules?.expiryMonths ? addMonths(today, rules.expiryMonths) : NEVER_EXPIRES,
    });
  }
}

function assertActive(member: LoyaltyMember): void {
  if (member.status !== LoyaltyMemberStatus.ACTIVE) throw new ConflictError(`Member ${member.id} is closed`, { field: 'memberId', rule: 'memberActive' });
}

/** A repeated booking reference answers its earn, unless the earn was another member's. */
function sameMember(earn: LedgerEntry, memberId: string): LedgerEntry {
  if (earn.memberId !== memberId)
    throw new ConflictError(`Booking reference ${earn.bookingReference} earned points for another member`, { field: 'input.bookingReference', rule: 'unique' });
  return earn;
}

const earlier = (a: string, b: string) => (a < b ? a : b);
