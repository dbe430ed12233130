import { dataSubjectResolver } from '@wayfarer/kit';
import { LoyaltyFeature } from '../loyalty.feature';

/** `loyaltyDataSubjectExport` / `loyaltyDataSubjectErase` over every part the other features registered. */
export const loyaltyDataSubjectFeature: LoyaltyFeature = {
  name: 'dataSubject',
  resolvers: ({ dataSubject }) => [dataSubjectResolver('loyalty', dataSubject)],
};
