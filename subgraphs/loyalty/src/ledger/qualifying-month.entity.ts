import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member's qualifying points and trips that became available in one calendar month: the rolling
 * 12-month window is the sum of twelve rows, not a scan of the ledger.
 */
@Entity('loyalty_qualifying_months')
export class QualifyingMonth {
  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  /** YYYY-MM */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'int' })
  trips: number;
}
