import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Why an entry was posted (adjustments and reversals), kept beside the append-only entry: the
 * text may name the traveller, so erasure deletes it while the entry's amounts stay.
 */
@Entity('loyalty_entry_reasons')
export class EntryReason {
  @PrimaryColumn({ name: 'entry_id', type: 'varchar', length: 36 })
  entryId: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;
}
