import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MergeFieldChoiceInput } from './merge-profiles.input';

/** Lineage: one profile merged into another, by whom, with the fields taken from each. */
@Entity('profile_merges')
export class ProfileMerge {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'merged_id', type: 'varchar', length: 36 })
  mergedId: string;

  @Column({ name: 'survivor_id', type: 'varchar', length: 36 })
  survivorId: string;

  @Column({ name: 'merged_at', type: 'datetime', precision: 3 })
  mergedAt: Date;

  @Column({ name: 'merged_by', type: 'varchar', length: 100 })
  mergedBy: string;

  @Column({ name: 'field_choices', type: 'simple-json' })
  fieldChoices: MergeFieldChoiceInput[];
}
