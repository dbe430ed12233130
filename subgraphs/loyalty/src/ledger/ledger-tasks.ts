import { DataSource, EntityManager, In } from 'typeorm';
import { bulkInsert, inTransaction, PeriodicTask, utcToday, uuid7 } from '@wayfarer/kit';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
import { LotState, PointsLot } from './points-lot.entity';
import { addQualifying, QualifyingChange, qualifyingTotals } from './lots';
import { LoyaltyMember } from '../members/loyalty-member.entity';
import { TierChange } from '../members/tier-change.entity';
import { lockMembers } from '../members/member-lock';
import { BalanceChange, CASE_ROWS, changeManyBalances } from '../members/balance';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { monthOf, reviewTier, windowStartMonth } from '../scheme/scheme-rules';

/** Who posts the entries the tasks write. */
export const LEDGER_TASKS_PRINCIPAL = 'loyalty-upkeep';

/**
 * Lots per transaction: a batch's statements bind two values per member and per lot, under the
 * embedded database's limit, and its locks are held for a fraction of a second.
 */
const LOT_BATCH = 5_000;
const MEMBER_BATCH = 2_000;

/**
 * Each task works in batches, each batch one transaction that locks its members first (in id
 * order, as every ledger write does) and then re-reads its lots: a concurrent run, or a ledger
 * write, that got there first has changed their state, and they are skipped. So each task is
 * idempotent and safe to run twice or at once; it stops when a batch finds nothing left.
 */
async function inBatches(dataSource: DataSource, batch: (manager: EntityManager) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await inTransaction(dataSource, batch);
    if (done < 0) return total;
    total += done;
  }
}

/** A DATE column read raw: MySQL's driver gives a Date (at UTC midnight, the connection being in UTC), SQLite's the text. */
const rawDate = (value: Date | string): string => (value instanceof Date ? value.toISOString() : value).slice(0, 10);

/** Ids of lots in a state whose date column is on or before `on`, walking the (state, date, id) index. */
async function dueLots(
  manager: EntityManager,
  state: LotState,
  column: 'available_on' | 'expires_on',
  on: string,
  after: { due: string; id: string } | null,
): Promise<{ id: string; memberId: string; due: string }[]> {
  const qb = manager
    .getRepository(PointsLot)
    .createQueryBuilder('lot')
    .select(['lot.id AS id', 'lot.member_id AS memberId', `lot.${column} AS due`])
    .where(`lot.state = :state AND lot.${column} <= :on`, { state, on })
    .orderBy(`lot.${column}`)
    .addOrderBy('lot.id')
    .limit(LOT_BATCH);
  if (after) qb.andWhere(`(lot.${column} > :afterDue OR (lot.${column} = :afterDue AND lot.id > :afterId))`, { afterDue: after.due, afterId: after.id });
  const rows = await qb.getRawMany<{ id: string; memberId: string; due: Date | string }>();
  return rows.map((row) => ({ ...row, due: rawDate(row.due) }));
}

/**
 * The due lots of a batch still in `state` once their members are locked; from then on nobody else
 * changes them. By primary key alone: with `state` in the WHERE, MariaDB may walk the state index's
 * whole range instead (most lots share a state), a full scan per batch.
 */
async function lockedLots(manager: EntityManager, due: { id: string; memberId: string }[], state: LotState): Promise<PointsLot[]> {
  await lockMembers(manager, [...new Set(due.map((lot) => lot.memberId))].sort());
  const lots = await manager.getRepository(PointsLot).find({ where: { id: In(due.map((lot) => lot.id)) } });
  return lots.filter((lot) => lot.state === state);
}

/**
 * Confirms points whose travel date has come: pending lots become open (redeemable), the points
 * move from pending to available, and they count towards tiers in the travel date's month (one
 * trip per earn). Members whose qualifying totals grew are due a tier review today.
 */
export async function confirmPendingPoints(dataSource: DataSource, on: string = utcToday()): Promise<number> {
  let cursor: { due: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const due = await dueLots(manager, LotState.PENDING, 'available_on', on, cursor);
    if (!due.length) return -1;
    cursor = due[due.length - 1];
    const lots = await lockedLots(manager, due, LotState.PENDING);
    if (!lots.length) return 0;
    await manager.getRepository(PointsLot).update({ id: In(lots.map((lot) => lot.id)) }, { state: LotState.OPEN });
    const changes = new Map<string, BalanceChange>();
    const qualifying: QualifyingChange[] = [];
    for (const lot of lots) {
      const change = changes.get(lot.memberId) ?? { available: 0, pending: 0 };
      change.available! += lot.remaining;
      change.pending! -= lot.remaining;
      changes.set(lot.memberId, change);
      if (lot.qualifying) qualifying.push({ memberId: lot.memberId, month: monthOf(lot.availableOn), points: lot.points, trips: 1 });
    }
    await addQualifying(manager, qualifying);
    const reviewed = new Set(qualifying.map((change) => change.memberId));
    await changeManyBalances(manager, changes, (ids) => {
      const due = ids.filter((id) => reviewed.has(id));
      return {
        sql: `tier_review_on = CASE WHEN tier_review_on > ? AND id IN (${due.map(() => '?').join(', ') || 'NULL'}) THEN ? ELSE tier_review_on END`,
        parameters: [on, ...due, on],
      };
    });
    return lots.length;
  });
}

/**
 * Expires what remains of open lots whose expiry date has come: one EXPIRE entry per member and
 * batch for the sum, the lots closed with what expired recorded, and the members' available
 * points down and expired points up by the same amount.
 */
export async function expirePointsLots(dataSource: DataSource, on: string = utcToday()): Promise<number> {
  let cursor: { due: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const due = await dueLots(manager, LotState.OPEN, 'expires_on', on, cursor);
    if (!due.length) return -1;
    cursor = due[due.length - 1];
    const lots = await lockedLots(manager, due, LotState.OPEN);
    if (!lots.length) return 0;
    // Both databases read `remaining` as it was before this statement for every assignment.
    await manager
      .createQueryBuilder()
      .update(PointsLot)
      .set({ expired: () => 'expired + remaining', remaining: 0, state: LotState.CLOSED })
      .where({ id: In(lots.map((lot) => lot.id)) })
      .execute();
    const expiring = new Map<string, number>();
    for (const lot of lots) expiring.set(lot.memberId, (expiring.get(lot.memberId) ?? 0) + lot.remaining);
    const postedAt = new Date();
    await bulkInsert(
      manager,
      LedgerEntry,
      [...expiring].map(([memberId, points]) =>
        Object.assign(new LedgerEntry(), {
          id: uuid7(),
          memberId,
          kind: LedgerEntryKind.EXPIRE,
          points: -points,
          postedAt,
          postedBy: LEDGER_TASKS_PRINCIPAL,
          bookingReference: null,
          productType: null,
          amount: null,
          currency: null,
          bookedOn: null,
          travelDate: null,
          schemeVersionId: null,
          rewardId: null,
          reversesId: null,
        }),
      ),
    );
    await changeManyBalances(manager, new Map([...expiring].map(([memberId, points]) => [memberId, { available: -points, expired: points }])));
    return lots.length;
  });
}

/**
 * Reviews the tiers of members whose review is due (their tier period plus grace has ended, or
 * their qualifying totals changed), under the rules in force on `on`: up at once when they reach a
 * higher tier, kept for another period when they meet the retention threshold, otherwise down to
 * the tier they reach. Every change goes into the tier history.
 */
export async function reevaluateTiers(dataSource: DataSource, schemes: LoyaltySchemeService, on: string = utcToday()): Promise<number> {
  const version = await schemes.versionOn(on);
  if (!version) return 0;
  const windowStart = windowStartMonth(on);
  let after: { reviewOn: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const qb = manager
      .getRepository(LoyaltyMember)
      .createQueryBuilder('member')
      .select(['member.id AS id', 'member.tier_review_on AS reviewOn'])
      .where('member.tier_review_on <= :on', { on })
      .orderBy('member.tier_review_on')
      .addOrderBy('member.id')
      .limit(MEMBER_BATCH);
    if (after)
      qb.andWhere('(member.tier_review_on > :afterOn OR (member.tier_review_on = :afterOn AND member.id > :afterId))', {
        afterOn: after.reviewOn,
        afterId: after.id,
      });
    const due = await qb.getRawMany<{ id: string; reviewOn: Date | string }>();
    if (!due.length) return -1;
    const last = due[due.length - 1];
    after = { reviewOn: rawDate(last.reviewOn), id: last.id };
    const members = (await lockMembers(manager, due.map((row) => row.id).sort())).filter((member) => member.tierReviewOn <= on);
    if (!members.length) return 0;
    const totals = await qualifyingTotals(
      manager,
      members.map((member) => member.id),
      windowStart,
    );
    const changes: TierChange[] = [];
    const updates: { id: string; tierCode: string; tierAchievedOn: string; tierPeriodEndsOn: string; tierReviewOn: string }[] = [];
    const createdAt = new Date();
    for (const member of members) {
      const { state, cause } = reviewTier(version.rules, member, totals.get(member.id) ?? { points: 0, trips: 0 }, on);
      updates.push({ id: member.id, ...state });
      if (cause)
        changes.push(
          Object.assign(new TierChange(), {
            id: uuid7(),
            memberId: member.id,
            fromTier: member.tierCode,
            toTier: state.tierCode,
            cause,
            changedOn: on,
            createdAt,
          }),
        );
    }
    const columns = {
      tier_code: 'tierCode',
      tier_achieved_on: 'tierAchievedOn',
      tier_period_ends_on: 'tierPeriodEndsOn',
      tier_review_on: 'tierReviewOn',
    } as const;
    for (let start = 0; start < updates.length; start += CASE_ROWS) {
      const chunk = updates.slice(start, start + CASE_ROWS);
      const sets = Object.keys(columns).map((column) => `${column} = CASE id ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END`);
      const parameters = Object.values(columns).flatMap((property) => chunk.flatMap((update) => [update.id, update[property]]));
      await manager.query(`UPDATE loyalty_members SET ${sets.join(', ')} WHERE id IN (${chunk.map(() => '?').join(', ')})`, [
        ...parameters,
        ...chunk.map((update) => update.id),
      ]);
    }
    await bulkInsert(manager, TierChange, changes);
    return members.length;
  });
}

class LedgerTask implements PeriodicTask {
  readonly everyMs = 3_600_000;

  constructor(
    readonly name: string,
    private readonly work: () => Promise<unknown>,
  ) {}

  async run(): Promise<void> {
    await this.work();
  }
}

/** The ledger's upkeep, hourly: confirmation before expiry (points available today may expire today), tiers last. */
export function ledgerTasks(dataSource: DataSource): PeriodicTask[] {
  const schemes = new LoyaltySchemeService(dataSource);
  return [
    new LedgerTask('loyalty-confirm-pending-points', () => confirmPendingPoints(dataSource)),
    new LedgerTask('loyalty-expire-points', () => expirePointsLots(dataSource)),
    new LedgerTask('loyalty-reevaluate-tiers', () => reevaluateTiers(dataSource, schemes)),
  ];
}
