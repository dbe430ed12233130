import { LoyaltyFeature } from '../loyalty.feature';
import { LoyaltyMember } from './loyalty-member.entity';
import { TierChange } from './tier-change.entity';
import { CreateLoyaltyScheme1796702000000 } from '../migrations/1796702000000-create-loyalty-scheme';

/** Enrolment in our scheme, member status and tiers. */
export const membersFeature: LoyaltyFeature = {
  name: 'members',
  entities: [LoyaltyMember, TierChange],
  migrations: [CreateLoyaltyScheme1796702000000],
};
