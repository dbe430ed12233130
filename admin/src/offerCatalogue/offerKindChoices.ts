import type { OfferKind } from '../graphql/generated';

const KINDS: readonly OfferKind[] = ['AIRLINE', 'HOTEL_CHAIN', 'CAR_HIRE', 'RAIL_OPERATOR', 'DEPARTURE_AIRPORT'];

export const offerKindChoices = KINDS.map((id) => ({ id, name: `resources.offerCatalogue.kind.${id}` }));
