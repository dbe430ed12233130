import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Preference } from '../policies/policy-evaluation';

/**
 * A linked traveller's business preferences as the profiles subgraph last reported them, so
 * each link's compliance can be kept current (and filtered on) without asking profiles.
 */
@Entity('traveller_preferences')
export class TravellerPreferences {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ type: 'simple-json' })
  preferences: Preference[];

  @Column({ name: 'reported_at', type: 'datetime', precision: 3 })
  reportedAt: Date;
}
