import { ProfilesFeature } from '../profiles.feature';
import { TravelPreference } from './travel-preference.entity';
import { TravelPreferenceService } from './travel-preference.service';
import { TravelPreferenceResolver } from './travel-preference.resolver';
import { CreatePreferencesConsentsOffer1732280000000 } from '../migrations/1732280000000-create-preferences-consents-offer';
import { ClearSpecialNeedsWithoutConsent1732360000003 } from '../migrations/1732360000003-clear-special-needs-without-consent';

export const travelPreferencesFeature: ProfilesFeature = {
  name: 'travel-preferences',
  entities: [TravelPreference],
  migrations: [CreatePreferencesConsentsOffer1732280000000, ClearSpecialNeedsWithoutConsent1732360000003],
  resolvers({ dataSource, history, parts, profiles }) {
    const preferences = new TravelPreferenceService(dataSource, history);
    parts.register(preferences);
    return [new TravelPreferenceResolver(preferences, profiles)];
  },
};
