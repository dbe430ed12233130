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
 * Set-based: one pass over the entries and one over the lots, grouped by member.
 */
export async function checkLedgerInvariants(dataSource: DataSource): Promise<LedgerInvariantViolation[]> {
  const rows: Record<string, string | number>[] = await dataSource.query(`
    SELECT member.id AS memberId,
           COALESCE(ledger.points, 0) AS ledgerPoints,
           member.available_points AS availablePoints,
           member.pending_points AS pendingPoints,
           member.earned_points AS earnedPoints,
           member.used_points AS usedPoints,
           member.expired_points AS expiredPoints,
           COALESCE(lots.points, 0) AS lotPoints,
           COALESCE(lots.pending, 0) AS pendingLotPoints
      FROM loyalty_members member
      LEFT JOIN (SELECT member_id, SUM(points) AS points FROM loyalty_ledger_entries GROUP BY member_id) ledger ON ledger.member_id = member.id
      LEFT JOIN (SELECT lot.member_id, SUM(lot.remaining) AS points, SUM(CASE WHEN lot.state = 'PENDING' THEN lot.remaining ELSE 0 END) AS pending
                   FROM loyalty_points_lots lot JOIN loyalty_members owner ON owner.id = lot.member_id
                  WHERE lot.state = 'PENDING' OR (lot.state = 'OPEN' AND lot.expires_on > owner.lots_expired_through)
                  GROUP BY lot.member_id) lots ON lots.member_id = member.id
     WHERE COALESCE(ledger.points, 0) <> member.available_points + member.pending_points
        OR member.used_points + member.expired_points > member.earned_points
        OR member.available_points < 0
        OR member.pending_points < 0
        OR member.available_points + member.pending_points <> member.earned_points - member.used_points - member.expired_points
        OR COALESCE(lots.points, 0) <> member.available_points + member.pending_points
        OR COALESCE(lots.pending, 0) <> member.pending_points`);
  return rows.map((row) => ({
    memberId: String(row.memberId),
    ledgerPoints: Number(row.ledgerPoints),
    availablePoints: Number(row.availablePoints),
    pendingPoints: Number(row.pendingPoints),
    earnedPoints: Number(row.earnedPoints),
    usedPoints: Number(row.usedPoints),
    expiredPoints: Number(row.expiredPoints),
    lotPoints: Number(row.lotPoints),
    pendingLotPoints: Number(row.pendingLotPoints),
  }));
}
