import { EntityManager } from 'typeorm';
import { isMysql } from '@wayfarer/kit';
import { LotState, PointsLot } from './points-lot.entity';
import { QualifyingMonth } from './qualifying-month.entity';
import { Qualifying } from '../scheme/scheme-rules';
import { LoyaltyMember } from '../members/loyalty-member.entity';

/**
 * Takes points from a member's open lots that have not expired (after the member's expiry mark),
 * oldest expiry first (then oldest lot). The caller holds the member's lock and has checked the
 * available balance covers them.
 */
export async function consumeLots(manager: EntityManager, member: Pick<LoyaltyMember, 'id' | 'lotsExpiredThrough'>, points: number): Promise<void> {
  const memberId = member.id;
  const lots = await manager
    .getRepository(PointsLot)
    .createQueryBuilder('lot')
    .where('lot.member_id = :memberId AND lot.state = :state AND lot.expires_on > :expiredThrough', {
      memberId,
      state: LotState.OPEN,
      expiredThrough: member.lotsExpiredThrough,
    })
    .orderBy('lot.expires_on', 'ASC')
    .addOrderBy('lot.id', 'ASC')
    .getMany();
  let owed = points;
  for (const lot of lots) {
    if (owed === 0) break;
    const taken = Math.min(lot.remaining, owed);
    owed -= taken;
    const remaining = lot.remaining - taken;
    await manager.getRepository(PointsLot).update({ id: lot.id }, { remaining, state: remaining === 0 ? LotState.CLOSED : LotState.OPEN });
  }
  if (owed > 0) throw new Error(`member ${memberId}'s open lots hold less than the available balance`);
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
