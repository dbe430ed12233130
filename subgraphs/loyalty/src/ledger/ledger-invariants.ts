import { DataSource } from 'typeorm';

export interface LedgerInvariantViolation {
  memberId: string;
  /** Sum of the member's ledger entries. */
  ledgerPoints: number;
  availablePoints: number;
  pendingPoints: number;
  earnedPoints: number;
  usedPoints: number;
  expiredPoints: number;
  /** What remains in the member's pending lots and open lots that have not expired. */
  lotPoints: number;
  pendingLotPoints: number;
}

/**
 * Members whose books do not balance: the ledger's sum differs from the maintained balance
 * (available + pending), expired plus used exceed earned, a balance is negative, the balance is not
 * earned − used − expired, or the lots hold something else (open lots past the member's expiry mark
 * hold nothing: what they show as remaining has expired). Empty when every member balances.
 * Member by member, each sum a range of an index that holds all it needs: the ledger's
 * (member_id, id, points) and the lots' (member_id, state, expires_on, id, remaining). Grouping
 * the whole ledger and the lots first took a temporary table and a sort of each.
 */
export async function checkLedgerInvariants(dataSource: DataSource): Promise<LedgerInvariantViolation[]> {
  const rows: Record<string, string | number>[] = await dataSource.query(`
    SELECT * FROM (
      SELECT member.id AS memberId,
             (SELECT COALESCE(SUM(entry.points), 0) FROM loyalty_ledger_entries entry WHERE entry.member_id = member.id) AS ledgerPoints,
             member.available_points AS availablePoints,
             member.pending_points AS pendingPoints,
             member.earned_points AS earnedPoints,
             member.used_points AS usedPoints,
             member.expired_points AS expiredPoints,
             (SELECT COALESCE(SUM(lot.remaining), 0) FROM loyalty_points_lots lot
               WHERE lot.member_id = member.id AND lot.state = 'OPEN' AND lot.expires_on > member.lots_expired_through) AS openLotPoints,
             (SELECT COALESCE(SUM(lot.remaining), 0) FROM loyalty_points_lots lot WHERE lot.member_id = member.id AND lot.state = 'PENDING') AS pendingLotPoints
        FROM loyalty_members member) checked
     WHERE ledgerPoints <> availablePoints + pendingPoints
        OR usedPoints + expiredPoints > earnedPoints
        OR availablePoints < 0
        OR pendingPoints < 0
        OR availablePoints + pendingPoints <> earnedPoints - usedPoints - expiredPoints
        OR openLotPoints + pendingLotPoints <> availablePoints + pendingPoints
        OR pendingLotPoints <> pendingPoints`);
  return rows.map((row) => ({
    memberId: String(row.memberId),
    ledgerPoints: Number(row.ledgerPoints),
    availablePoints: Number(row.availablePoints),
    pendingPoints: Number(row.pendingPoints),
    earnedPoints: Number(row.earnedPoints),
    usedPoints: Number(row.usedPoints),
    expiredPoints: Number(row.expiredPoints),
    lotPoints: Number(row.openLotPoints) + Number(row.pendingLotPoints),
    pendingLotPoints: Number(row.pendingLotPoints),
  }));
}
