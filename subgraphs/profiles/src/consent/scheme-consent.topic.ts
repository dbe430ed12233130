import { DataSource } from 'typeorm';
import { GatewayCall, gatewayFailure, OutboxTopic } from '@wayfarer/kit';
import { schemeConsentStates } from './consent-rules';

export const LOYALTY_SCHEME_CONSENT = 'loyalty-scheme-consent';

const RECORD_SCHEME_CONSENT = 'mutation RecordLoyaltySchemeConsent($states: [SchemeConsentStateInput!]!) { recordLoyaltySchemeConsent(states: $states) }';

/** Whether each traveller's consent to the loyalty scheme's terms is in force when sent: loyalty closes the membership of one whose is not. */
export function schemeConsentTopic(dataSource: DataSource, call: GatewayCall): OutboxTopic {
  return {
    name: LOYALTY_SCHEME_CONSENT,
    async send(profileIds) {
      const states = await schemeConsentStates(dataSource.manager, profileIds);
      const failure = gatewayFailure(await call(RECORD_SCHEME_CONSENT, { states }));
      if (failure) throw new Error(`loyalty refused scheme consent states: ${failure}`);
    },
  };
}
