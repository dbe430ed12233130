import { Column, PrimaryColumn } from 'typeorm';

/**
 * A traveller's link to a corporate account as corporate last reported it, from its first day to
 * its last. Each subgraph that lets partners reach travellers keeps its own table of these:
 * `@Entity('<table>') class X extends TravellerAccountLink {}`.
 */
export abstract class TravellerAccountLink {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
