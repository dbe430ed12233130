import { Entity, PrimaryColumn } from 'typeorm';
import { MatchKind } from './match-key';

/** One blocking key of one profile; profiles sharing (kind, key) are compared by the scan. */
@Entity('profile_match_keys')
export class ProfileMatchKey {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: MatchKind;

  @PrimaryColumn({ type: 'varchar', length: 330 })
  key: string;
}
