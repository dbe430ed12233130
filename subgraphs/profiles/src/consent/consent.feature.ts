import { createGatewayCall } from '@wayfarer/kit';
import { ProfilesFeature } from '../profiles.feature';
import { ConsentRecord } from './consent-record.entity';
import { ConsentResolver } from './consent.resolver';
import { SchemeConsentResolver } from './scheme-consent.resolver';
import { schemeConsentTopic } from './scheme-consent.topic';
import { CreatePreferencesConsentsOffer1732280000000 } from '../migrations/1732280000000-create-preferences-consents-offer';
import { ClearSpecialNeedsWithoutConsent1732360000003 } from '../migrations/1732360000003-clear-special-needs-without-consent';

/**
 * The lawful basis a profile is stored under, marketing, special-category and loyalty-scheme consent; the profile writes
 * through it, so its service is shared. Loyalty asks whether scheme consent is in force and hears when it changes.
 */
export const consentFeature: ProfilesFeature = {
  name: 'consent',
  entities: [ConsentRecord],
  migrations: [CreatePreferencesConsentsOffer1732280000000, ClearSpecialNeedsWithoutConsent1732360000003],
  outboxTopics: (dataSource, config) => [
    schemeConsentTopic(dataSource, createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'profiles', serviceSecret: config.SERVICE_TOKEN_SECRET })),
  ],
  resolvers({ consents, parts, profiles, dataSource }) {
    parts.register(consents);
    return [new ConsentResolver(consents, profiles), new SchemeConsentResolver(dataSource)];
  },
};
