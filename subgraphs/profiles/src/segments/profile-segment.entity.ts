import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A segment an ACTIVE traveller belongs to, derived from the profile on every write. */
@Entity('profile_segments')
export class ProfileSegment {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  segment: string;

  /** The profile's name key, so a segment's travellers page in name order straight off this table's index. */
  @Column({ name: 'name_key', type: 'varchar', length: 320, default: '' })
  nameKey: string;

  /** The last day the segment holds without a write (an age band ends on a birthday). */
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;
}
