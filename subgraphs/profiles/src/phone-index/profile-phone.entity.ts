import { Entity, PrimaryColumn } from 'typeorm';

/** One phone number of one traveller, kept from the profile's phones for exact search. */
@Entity('profile_phones')
export class ProfilePhone {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  number: string;

  @PrimaryColumn({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;
}
