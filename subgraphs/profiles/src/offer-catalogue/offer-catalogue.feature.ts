import { ProfilesFeature } from '../profiles.feature';
import { OfferCatalogueEntry } from './offer-catalogue-entry.entity';
import { OfferCatalogueService } from './offer-catalogue.service';
import { OfferCatalogueResolver, OfferFlagResolver, SupplierProgrammeOfferResolver } from './offer-catalogue.resolver';
import { CreatePreferencesConsentsOffer1732280000000 } from '../migrations/1732280000000-create-preferences-consents-offer';

export const offerCatalogueFeature: ProfilesFeature = {
  name: 'offer-catalogue',
  entities: [OfferCatalogueEntry],
  migrations: [CreatePreferencesConsentsOffer1732280000000],
  resolvers({ dataSource }) {
    const offerCatalogue = new OfferCatalogueService(dataSource);
    return [new OfferCatalogueResolver(offerCatalogue), new OfferFlagResolver(offerCatalogue), new SupplierProgrammeOfferResolver(offerCatalogue)];
  },
};
