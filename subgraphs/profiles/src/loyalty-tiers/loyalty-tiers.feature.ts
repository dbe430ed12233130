import { ProfilesFeature } from '../profiles.feature';
import { ProfileSegmentsService } from '../segments/profile-segments.service';
import { ProfileLoyaltyTier } from './profile-loyalty-tier.entity';
import { LoyaltyTiersService } from './loyalty-tiers.service';
import { LoyaltyTiersResolver } from './loyalty-tiers.resolver';
import { CreateProfileLoyaltyTiers1796704000000 } from '../migrations/1796704000000-create-profile-loyalty-tiers';

/** Travellers' loyalty scheme membership and tier, reported by loyalty, from which the loyalty segments are derived. */
export const loyaltyTiersFeature: ProfilesFeature = {
  name: 'loyalty-tiers',
  entities: [ProfileLoyaltyTier],
  migrations: [CreateProfileLoyaltyTiers1796704000000],
  resolvers({ dataSource, history, parts }) {
    const loyaltyTiers = new LoyaltyTiersService(dataSource, new ProfileSegmentsService(dataSource, history));
    parts.register(loyaltyTiers);
    return [new LoyaltyTiersResolver(loyaltyTiers)];
  },
};
