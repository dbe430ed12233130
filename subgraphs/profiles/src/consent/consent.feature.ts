import { ProfilesFeature } from '../profiles.feature';
import { ConsentRecord } from './consent-record.entity';
import { ConsentResolver } from './consent.resolver';
import { CreatePreferencesConsentsOffer1732280000000 } from '../migrations/1732280000000-create-preferences-consents-offer';
import { ClearSpecialNeedsWithoutConsent1732360000003 } from '../migrations/1732360000003-clear-special-needs-without-consent';

/** The lawful basis a profile is stored under, marketing and special-category consent; the profile writes through it, so its service is shared. */
export const consentFeature: ProfilesFeature = {
  name: 'consent',
  entities: [ConsentRecord],
  migrations: [CreatePreferencesConsentsOffer1732280000000, ClearSpecialNeedsWithoutConsent1732360000003],
  resolvers({ consents, parts, profiles }) {
    parts.register(consents);
    return [new ConsentResolver(consents, profiles)];
  },
};
