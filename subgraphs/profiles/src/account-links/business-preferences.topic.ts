import { DataSource, In, Not } from 'typeorm';
import { GatewayCall, gatewayFailure, OutboxTopic } from '@wayfarer/kit';
import { TravelContext, TravelPreference } from '../preferences/travel-preference.entity';

export const BUSINESS_PREFERENCES = 'business-preferences';

const RECORD_TRAVELLER_PREFERENCES =
  'mutation RecordTravellerPreferences($travellers: [TravellerPreferencesInput!]!) { recordTravellerPreferences(travellers: $travellers) }';

/**
 * Linked travellers' preferences as they are when sent, for corporate's policy compliance:
 * only what a policy can judge, so never leisure or special-category ones.
 */
export function businessPreferencesTopic(dataSource: DataSource, call: GatewayCall): OutboxTopic {
  return {
    name: BUSINESS_PREFERENCES,
    async send(profileIds) {
      const preferences = await dataSource.getRepository(TravelPreference).find({
        where: { profileId: In(profileIds), special: false, context: Not(TravelContext.LEISURE) },
        order: { position: 'ASC' },
      });
      const travellers = profileIds.map((profileId) => ({
        profileId,
        preferences: preferences
          .filter((preference) => preference.profileId === profileId)
          .map(({ category, value, stance, context }) => ({ category, value, stance, context })),
      }));
      const failure = gatewayFailure(await call(RECORD_TRAVELLER_PREFERENCES, { travellers }));
      if (failure) throw new Error(`corporate refused travellers' preferences: ${failure}`);
    },
  };
}
