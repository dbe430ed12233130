import { Entity } from 'typeorm';
import { TravellerAccountLink } from '@wayfarer/kit';

/** Profiles' copy of corporate's links: lets each account's partner clients read the traveller from the link's first day to its last. */
@Entity('profile_account_links')
export class ProfileAccountLink extends TravellerAccountLink {}
