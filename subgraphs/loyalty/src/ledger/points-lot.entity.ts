import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum LotState {
  /** Earned on a trip not yet travelled: counted in pending points, not redeemable. */
  PENDING = 'PENDING',
  /**
   * Redeemable, unless its expiry date is on or before its member's `lotsExpiredThrough`: then it
   * has expired, and what it still shows as remaining is counted in the member's expired points.
   * Expiry moves that mark, not the lots, so it rewrites no lot index.
   */
  OPEN = 'OPEN',
  /** Nothing remains: spent, expired or reversed. */
  CLOSED = 'CLOSED',
}

/** Far enough never to come: lots of a scheme without expiry, so every lot sorts and indexes by a real date. */
export const NEVER_EXPIRES = '9999-12-31';

/** A member's expiry mark before anything has expired: earlier than any lot. */
export const NOTHING_EXPIRED = '1000-01-01';

/**
 * Points credited by one entry (an earn, a positive adjustment, a reversed redemption) and what
 * remains of them. Redemptions and deductions take from a member's open lots oldest expiry first;
 * what remains of a lot on its expiry date expires (see OPEN).
 */
@Entity('loyalty_points_lots')
export class PointsLot {
  /** The entry that credited the points. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'varchar', length: 8 })
  state: LotState;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'int' })
  remaining: number;

  @Column({ type: 'int' })
  expired: number;

  /** Earned on a trip: counts towards tiers (points and one trip) once available. */
  @Column({ type: 'boolean' })
  qualifying: boolean;

  @Column({ name: 'available_on', type: 'date' })
  availableOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;
}
