import { Entity, PrimaryColumn } from 'typeorm';

/** A traveller's link to a corporate account, as the corporate subgraph last reported it: lets that account's partner clients read the traveller. */
@Entity('profile_account_links')
export class ProfileAccountLink {
  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;
}
