import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('profile_tags')
export class ProfileTag {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  /** The tag folded (case, accents, spacing), so "Golf " and "golf" are one tag. */
  @PrimaryColumn({ name: 'tag_key', type: 'varchar', length: 40 })
  tagKey: string;

  /** As first written. */
  @Column({ type: 'varchar', length: 40 })
  tag: string;
}
