import { DataSource, EntityManager, In } from 'typeorm';
import { bulkInsert, inTransaction, PeriodicTask, updateFromRows, utcToday, uuid7 } from '@wayfarer/kit';
import { LotState, PointsLot } from './points-lot.entity';
import { addQualifying, QualifyingChange, qualifyingTotals } from './lots';
import { expireOpenedPastMark, postExpiries } from './expiry';
import { LoyaltyMember } from '../members/loyalty-member.entity';
import { TierChange } from '../members/tier-change.entity';
import { lockMembers } from '../members/member-lock';
import { changeManyBalances, MemberBalanceChange } from '../members/balance';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { monthOf, reviewTier, windowStartMonth } from '../scheme/scheme-rules';
import { reportLoyaltyTiers } from '../tier-report/loyalty-tiers.topic';

/**
 * Lots per transaction: a batch's statements bind two values per member and per lot, under the
 * embedded database's limit, and its locks are held for a fraction of a second.
 */
const LOT_BATCH = 5_000;
const MEMBER_BATCH = 2_000;

/**
 * Each task works in batches, each batch one transaction that locks its members first (in id
 * order, as every ledger write does) and then re-reads what it works on: a concurrent run, or a
 * ledger write, that got there first has changed it, and it is skipped. So each task is
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

/** Ids of pending lots whose travel date is on or before `on`, walking the (state, available_on, id) index. */
async function pendingDue(
  manager: EntityManager,
  on: string,
  after: { due: string; id: string } | null,
): Promise<{ id: string; memberId: string; due: string }[]> {
  const qb = manager
    .getRepository(PointsLot)
    .createQueryBuilder('lot')
    .select(['lot.id AS id', 'lot.member_id AS memberId', 'lot.available_on AS due'])
    .where('lot.state = :state AND lot.available_on <= :on', { state: LotState.PENDING, on })
    .orderBy('lot.available_on')
    .addOrderBy('lot.id')
    .limit(LOT_BATCH);
  if (after) qb.andWhere('(lot.available_on > :afterDue OR (lot.available_on = :afterDue AND lot.id > :afterId))', { afterDue: after.due, afterId: after.id });
  const rows = await qb.getRawMany<{ id: string; memberId: string; due: Date | string }>();
  return rows.map((row) => ({ ...row, due: rawDate(row.due) }));
}

/**
 * Members whose date column is before (or on) `on`, a batch in (date, id) order after `after`,
 * walking the (date, id) index.
 */
async function dueMembers(
  manager: EntityManager,
  column: 'tier_review_on' | 'lots_expired_through',
  comparison: '<' | '<=',
  on: string,
  after: { due: string; id: string } | null,
): Promise<{ id: string; due: string }[]> {
  const qb = manager
    .getRepository(LoyaltyMember)
    .createQueryBuilder('member')
    .select(['member.id AS id', `member.${column} AS due`])
    .where(`member.${column} ${comparison} :on`, { on })
    .orderBy(`member.${column}`)
    .addOrderBy('member.id')
    .limit(MEMBER_BATCH);
  if (after)
    qb.andWhere(`(member.${column} > :afterDue OR (member.${column} = :afterDue AND member.id > :afterId))`, { afterDue: after.due, afterId: after.id });
  const rows = await qb.getRawMany<{ id: string; due: Date | string }>();
  return rows.map((row) => ({ id: row.id, due: rawDate(row.due) }));
}

/**
 * The due lots of a batch still pending once their members are locked; from then on nobody else
 * changes them. By primary key alone: with `state` in the WHERE, MariaDB may walk the state index's
 * whole range instead (most lots share a state), a full scan per batch.
 */
async function lockedPendingLots(
  manager: EntityManager,
  due: { id: string; memberId: string }[],
): Promise<{ lots: PointsLot[]; members: Map<string, LoyaltyMember> }> {
  const members = await lockMembers(manager, [...new Set(due.map((lot) => lot.memberId))].sort());
  const lots = await manager.getRepository(PointsLot).find({ where: { id: In(due.map((lot) => lot.id)) } });
  return { lots: lots.filter((lot) => lot.state === LotState.PENDING), members: new Map(members.map((member) => [member.id, member])) };
}

/**
 * Confirms points whose travel date has come: pending lots become open (redeemable), the points
 * move from pending to available, and they count towards tiers in the travel date's month (one
 * trip per earn). Members whose qualifying totals grew are due a tier review today. A lot confirmed
 * so late that its member's expiry mark has passed its date expires as it opens.
 */
export async function confirmPendingPoints(dataSource: DataSource, on: string = utcToday()): Promise<number> {
  let cursor: { due: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const due = await pendingDue(manager, on, cursor);
    if (!due.length) return -1;
    cursor = due[due.length - 1];
    const { lots, members } = await lockedPendingLots(manager, due);
    if (!lots.length) return 0;
    await manager.getRepository(PointsLot).update({ id: In(lots.map((lot) => lot.id)) }, { state: LotState.OPEN });
    const changes = new Map<string, MemberBalanceChange>();
    const qualifying: QualifyingChange[] = [];
    for (const lot of lots) {
      const change = changes.get(lot.memberId) ?? { available: 0, pending: 0 };
      change.available! += lot.remaining;
      change.pending! -= lot.remaining;
      changes.set(lot.memberId, change);
      if (lot.qualifying) {
        qualifying.push({ memberId: lot.memberId, month: monthOf(lot.availableOn), points: lot.points, trips: 1 });
        change.tierReviewBy = on;
      }
    }
    await addQualifying(manager, qualifying);
    await changeManyBalances(manager, changes);
    await expireOpenedPastMark(manager, lots, members);
    return lots.length;
  });
}

/**
 * Members per sum of due lots: MariaDB turns a longer IN list into a joined table
 * (in_predicate_conversion_threshold, 1000) and then walks every open lot of each member instead of
 * the range between its mark and the day.
 */
const SUM_MEMBERS = 500;

/**
 * What remains of the members' open lots expiring after their expiry marks and on or before `on`:
 * the number of lots and, for members with points in them, the points. Members sharing a mark (most
 * of a batch, the day before) are read together, each a range of the (member, state, expires_on,
 * id, remaining) index, which holds all the sum needs.
 */
async function dueLotsOf(manager: EntityManager, members: readonly LoyaltyMember[], on: string): Promise<{ lots: number; expiring: Map<string, number> }> {
  const byMark = new Map<string, string[]>();
  for (const member of members) byMark.set(member.lotsExpiredThrough, [...(byMark.get(member.lotsExpiredThrough) ?? []), member.id]);
  let lots = 0;
  const expiring = new Map<string, number>();
  const chunks = [...byMark].flatMap(([through, ids]) =>
    Array.from({ length: Math.ceil(ids.length / SUM_MEMBERS) }, (_, index) => ({ through, ids: ids.slice(index * SUM_MEMBERS, (index + 1) * SUM_MEMBERS) })),
  );
  for (const { through, ids } of chunks) {
    const rows = await manager
      .getRepository(PointsLot)
      .createQueryBuilder('lot')
      .select('lot.member_id', 'memberId')
      .addSelect('COUNT(*)', 'lots')
      .addSelect('SUM(lot.remaining)', 'points')
      .where('lot.member_id IN (:...ids) AND lot.state = :open AND lot.expires_on > :through AND lot.expires_on <= :on', {
        ids,
        open: LotState.OPEN,
        through,
        on,
      })
      .groupBy('lot.member_id')
      .getRawMany<{ memberId: string; lots: string | number; points: string | number }>();
    for (const row of rows) {
      lots += Number(row.lots);
      if (Number(row.points) > 0) expiring.set(row.memberId, Number(row.points));
    }
  }
  return { lots, expiring };
}

/**
 * Expires what remains of open lots whose expiry date has come, member by member: under the
 * members' locks, the open lots expiring after each member's mark and on or before `on` are summed,
 * one EXPIRE entry records the sum, the points move from available to expired, and the mark moves to
 * `on` in the same statement. The lots are not written (see LotState.OPEN), so this costs a read
 * per expiring lot and a write per member. A member whose mark has reached `on` is skipped: a
 * second run, or one at the same time, finds nothing left.
 */
export async function expirePointsLots(dataSource: DataSource, on: string = utcToday()): Promise<number> {
  let cursor: { due: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const due = await dueMembers(manager, 'lots_expired_through', '<', on, cursor);
    if (!due.length) return -1;
    cursor = due[due.length - 1];
    const members = (await lockMembers(manager, due.map((row) => row.id).sort())).filter((member) => member.lotsExpiredThrough < on);
    if (!members.length) return 0;
    const { lots, expiring } = await dueLotsOf(manager, members, on);
    await postExpiries(manager, expiring, { sql: 'lots_expired_through = ?', parameters: [on] });
    const nothingDue = members.filter((member) => !expiring.has(member.id)).map((member) => member.id);
    if (nothingDue.length) await manager.getRepository(LoyaltyMember).update({ id: In(nothingDue) }, { lotsExpiredThrough: on });
    return lots;
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
  let cursor: { due: string; id: string } | null = null;
  return inBatches(dataSource, async (manager) => {
    const due = await dueMembers(manager, 'tier_review_on', '<=', on, cursor);
    if (!due.length) return -1;
    cursor = due[due.length - 1];
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
    await updateFromRows(manager, {
      table: 'loyalty_members',
      key: 'id',
      columns: ['given_tier_code', 'given_achieved_on', 'given_period_ends_on', 'given_review_on'],
      rows: updates.map((update) => [update.id, update.tierCode, update.tierAchievedOn, update.tierPeriodEndsOn, update.tierReviewOn]),
      set:
        'tier_code = given.given_tier_code, tier_achieved_on = given.given_achieved_on, tier_period_ends_on = given.given_period_ends_on, ' +
        'tier_review_on = given.given_review_on',
    });
    await bulkInsert(manager, TierChange, changes);
    const changed = new Set(changes.map((change) => change.memberId));
    await reportLoyaltyTiers(
      manager,
      members.filter((member) => changed.has(member.id)).map((member) => member.profileId),
    );
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
