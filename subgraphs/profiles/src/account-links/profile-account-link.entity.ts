import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A traveller's link to a corporate account, as the corporate subgraph last reported it: lets that
 * account's partner clients read the traveller from its first day to its last, judged on the day they ask.
 */
@Entity('profile_account_links')
export class ProfileAccountLink {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
