import { Entity } from 'typeorm';
import { TravellerAccountLink } from '@wayfarer/kit';

/** Loyalty's copy of corporate's links: lets each account's partner clients reach the traveller's loyalty data from the link's first day to its last. */
@Entity('traveller_account_links')
export class LoyaltyAccountLink extends TravellerAccountLink {}
