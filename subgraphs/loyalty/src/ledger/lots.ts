import { EntityManager, In } from 'typeorm';
import { isMysql } from '@wayfarer/kit';
import { LotState, PointsLot } from './points-lot.entity';
import { QualifyingMonth } from './qualifying-month.entity';
import { Qualifying } from '../scheme/scheme-rules';
import { LoyaltyMember } from '../members/loyalty-member.entity';

/**
 * Takes points from a member's open lots that have not expired (after the member's expiry mark),
 * oldest expiry first (then oldest lot). The caller holds the member's lock and has checked the
 * available balance covers them. Only the lots the points come from are read (a running sum over
 * the (member, state, expires_on, id, remaining) index), the fully spent ones closed in one
 * statement and the last one, when partly spent, in another.
 */
export async function consumeLots(manager: EntityManager, member: Pick<LoyaltyMember, 'id' | 'lotsExpiredThrough'>, points: number): Promise<void> {
  const memberId = member.id;
  const table = manager.connection.getMetadata(PointsLot).tableName;
  const lots = await manager.query<{ id: string; remaining: number | string }[]>(
    `SELECT id, remaining FROM (
       SELECT lot.id, lot.remaining, SUM(lot.remaining) OVER (ORDER BY lot.expires_on, lot.id) - lot.remaining AS before_lot
         FROM ${table} lot WHERE lot.member_id = ? AND lot.state = ? AND lot.expires_on > ?) open_lot
      WHERE before_lot < ? ORDER BY before_lot`,
    [memberId, LotState.OPEN, member.lotsExpiredThrough, points],
  );
  const spent: string[] = [];
  let owed = points;
  for (const lot of lots) {
    const taken = Math.min(Number(lot.remaining), owed);
    owed -= taken;
    if (taken === Number(lot.remaining)) spent.push(lot.id);
    else await manager.getRepository(PointsLot).update({ id: lot.id }, { remaining: Number(lot.remaining) - taken });
  }
  if (owed > 0) throw new Error(`member ${memberId}'s open lots hold less than the available balance`);
  if (spent.length) await manager.getRepository(PointsLot).update({ id: In(spent) }, { remaining: 0, state: LotState.CLOSED });
}

export interface QualifyingChange {
  memberId: string;
  month: string;
  points: number;
  trips: number;
}

const ROWS_PER_STATEMENT = 1_000;

/** Adds to members' monthly qualifying totals, creating the month's row when it is the first. */
export async function addQualifying(manager: EntityManager, changes: readonly QualifyingChange[]): Promise<void> {
  const merged = new Map<string, QualifyingChange>();
  for (const change of changes) {
    const key = `${change.memberId}|${change.month}`;
    const sum = merged.get(key);
    merged.set(key, sum ? { ...sum, points: sum.points + change.points, trips: sum.trips + change.trips } : { ...change });
  }
  const rows = [...merged.values()];
  const table = manager.connection.getMetadata(QualifyingMonth).tableName;
  const onConflict = isMysql(manager.connection)
    ? 'ON DUPLICATE KEY UPDATE points = points + VALUES(points), trips = trips + VALUES(trips)'
    : 'ON CONFLICT(member_id, month) DO UPDATE SET points = points + excluded.points, trips = trips + excluded.trips';
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await manager.query(
      `INSERT INTO ${table} (member_id, month, points, trips) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} ${onConflict}`,
      chunk.flatMap((row) => [row.memberId, row.month, row.points, row.trips]),
    );
  }
}

/** Qualifying points and trips in the rolling window, per member: at most twelve rows each. */
export async function qualifyingTotals(manager: EntityManager, memberIds: readonly string[], windowStart: string): Promise<Map<string, Qualifying>> {
  if (!memberIds.length) return new Map();
  const rows = await manager
    .getRepository(QualifyingMonth)
    .createQueryBuilder('month')
    .select('month.member_id', 'memberId')
    .addSelect('SUM(month.points)', 'points')
    .addSelect('SUM(month.trips)', 'trips')
    .where('month.member_id IN (:...memberIds) AND month.month >= :windowStart', { memberIds, windowStart })
    .groupBy('month.member_id')
    .getRawMany<{ memberId: string; points: string | number; trips: string | number }>();
  return new Map(rows.map((row) => [row.memberId, { points: Number(row.points), trips: Number(row.trips) }]));
}
