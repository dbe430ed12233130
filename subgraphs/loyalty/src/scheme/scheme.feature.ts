import { LoyaltyFeature } from '../loyalty.feature';
import { LoyaltyScheme, LoyaltySchemeVersion } from './loyalty-scheme.entity';
import { LoyaltyReward } from './loyalty-reward.entity';
import { LoyaltySchemeVersionResolver } from './loyalty-scheme.resolver';
import { CreateLoyaltyScheme1796702000000 } from '../migrations/1796702000000-create-loyalty-scheme';

/** Our scheme's versioned configuration (earning and bonus rules, tiers, retention, expiry, terms) and its rewards catalogue. */
export const schemeFeature: LoyaltyFeature = {
  name: 'scheme',
  entities: [LoyaltyScheme, LoyaltySchemeVersion, LoyaltyReward],
  migrations: [CreateLoyaltyScheme1796702000000],
  resolvers: ({ schemeResolver, rewardResolver }) => [schemeResolver, new LoyaltySchemeVersionResolver(schemeResolver), rewardResolver],
};
