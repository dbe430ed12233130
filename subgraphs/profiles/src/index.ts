import 'reflect-metadata';
import { buildFederatedSchema, SubgraphModule, subgraphFeatures } from '@wayfarer/kit';
import { loadProfilesSettings, ProfilesSettings } from './profiles.config';
import { ProfilesFeature, profilesServices } from './profiles.feature';
import { seedDemoTravellers } from './demo/demo-travellers';
import { seedDemoOfferCatalogue } from './offer-catalogue/demo-offer-catalogue';
import { backfillProfileDerivedData } from './reminders/derived-data';
// Imported in the order the schema has always listed their queries and mutations: type-graphql
// orders them as their resolver classes are declared.
import { profileFeature } from './profile/profile.feature';
import { travelDocumentsFeature } from './documents/travel-documents.feature';
import { profileHistoryFeature } from './history/profile-history.feature';
import { accountLinksFeature } from './account-links/account-links.feature';
import { profileImportFeature } from './import/profile-import.feature';
import { profileExportFeature } from './export/profile-export.feature';
import { travelPreferencesFeature } from './preferences/travel-preferences.feature';
import { consentFeature } from './consent/consent.feature';
import { offerCatalogueFeature } from './offer-catalogue/offer-catalogue.feature';
import { duplicatesFeature } from './duplicates/duplicates.feature';
import { profileUpkeepFeature } from './verification/profile-upkeep.feature';
import { profileDataSubjectFeature } from './data-subject/profile-data-subject.feature';
import { phoneIndexFeature } from './phone-index/phone-index.feature';
import { loyaltyTiersFeature } from './loyalty-tiers/loyalty-tiers.feature';
import { campaignAudienceFeature } from './campaign-audience/campaign-audience.feature';
import { profileSummaryFeature } from './profile-summary/profile-summary.feature';
import { SupplierProgramme } from './offer-catalogue/supplier-programme.reference';

export { Profile } from './profile/profile.entity';
export { Passport } from './documents/passport.entity';
export { generateTraveller } from './demo/traveller-generator';
export { backfillProfileDerivedData } from './reminders/derived-data';
export { MAX_CHUNKS_IN_FLIGHT } from './import/profile-import.input';

/**
 * In this order each feature registers its profile parts, which is the order merges, the person's
 * export and erasure, list filters and derived data walk them.
 */
const PROFILES_FEATURES: ProfilesFeature[] = [
  profileFeature,
  accountLinksFeature,
  phoneIndexFeature,
  travelDocumentsFeature,
  profileHistoryFeature,
  travelPreferencesFeature,
  consentFeature,
  offerCatalogueFeature,
  duplicatesFeature,
  profileUpkeepFeature,
  loyaltyTiersFeature,
  campaignAudienceFeature,
  profileSummaryFeature,
  profileDataSubjectFeature,
  profileImportFeature,
  profileExportFeature,
];

const features = subgraphFeatures(PROFILES_FEATURES);

export const PROFILES_ENTITIES = features.module.entities;

export const profilesModule: SubgraphModule<ProfilesSettings> = {
  name: 'profiles',
  ...features.module,
  async prepare(dataSource, _config, logger, env) {
    const settings = loadProfilesSettings(env);
    if (settings.demo) await seedDemoTravellers(dataSource, settings.cipher, logger);
    if (settings.demo) await seedDemoOfferCatalogue(dataSource, logger);
    const derived = await backfillProfileDerivedData(dataSource);
    if (derived > 0) logger.info({ profiles: derived }, 'segments and reminders derived');
    return settings;
  },
  async schema(dataSource, config, _logger, settings) {
    const services = profilesServices(dataSource, config, settings);
    return buildFederatedSchema({
      resolvers: features.resolvers(services),
      orphanedTypes: [SupplierProgramme],
      referenceResolvers: {
        Profile: (reference, context) => services.profileResolver.load(reference.id, context),
        // Carries the sector and owner code loyalty sent for @requires: nothing of it is stored here.
        SupplierProgramme: (reference) => reference,
      },
    });
  },
};
