import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum LoyaltyMemberStanding {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** A traveller's membership of our loyalty scheme as loyalty last reported it; no row when they are not a member. */
@Entity('profile_loyalty_tiers')
export class ProfileLoyaltyTier {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ name: 'member_status', type: 'varchar', length: 8 })
  memberStatus: LoyaltyMemberStanding;

  @Column({ name: 'tier_code', type: 'varchar', length: 40 })
  tierCode: string;

  @Column({ name: 'reported_at', type: 'datetime', precision: 3 })
  reportedAt: Date;
}
