import { ProfilesFeature } from '../profiles.feature';
import { CampaignAudienceService } from './campaign-audience.service';
import { CampaignAudienceResolver } from './campaign-audience.resolver';
import { IndexSegmentsByProfile1796712000001 } from '../migrations/1796712000001-index-segments-by-profile';

/** Campaign audiences resolved for communications with contacts, language and marketing consent, and unsubscribes taken from it. */
export const campaignAudienceFeature: ProfilesFeature = {
  name: 'campaign-audience',
  migrations: [IndexSegmentsByProfile1796712000001],
  resolvers: ({ dataSource, profiles, consents }) => [new CampaignAudienceResolver(new CampaignAudienceService(dataSource, profiles, consents))],
};
