import { LoyaltyFeature } from '../loyalty.feature';
import { SchemeConsentResolver } from './scheme-consent.resolver';

/** Profiles' report of travellers' consent to the scheme's terms; enrolment asks `services.schemeConsent.inForce`. */
export const schemeConsentFeature: LoyaltyFeature = {
  name: 'schemeConsent',
  resolvers: ({ schemeConsent }) => [new SchemeConsentResolver(schemeConsent)],
};
