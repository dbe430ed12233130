import 'reflect-metadata';
import { buildFederatedSchema, createGatewayCall, dataSubjectResolver, SubgraphModule } from '@wayfarer/kit';
import { Profile } from './profile/profile.entity';
import { ProfileResolver } from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { Passport } from './passport/passport.entity';
import { PassportResolver } from './passport/passport.resolver';
import { PassportService } from './passport/passport.service';
import { DocumentNumbers } from './documents/document-number';
import { documentLists, TRAVEL_DOCUMENT_ENTITIES, travelDocumentResolvers } from './documents/travel-documents';
import { ProfilePhone } from './phone-index/profile-phone.entity';
import { ProfilePhoneIndex } from './phone-index/profile-phone-index';
import { DocumentNumberSearch } from './documents/document-search';
import { CreateTravelDocuments1732290000000 } from './migrations/1732290000000-create-travel-documents';
import { CreateProfiles1732260000000 } from './migrations/1732260000000-create-profiles';
import { CreateProfileChanges1732270000000 } from './migrations/1732270000000-create-profile-changes';
import { ProfileChange } from './history/profile-change.entity';
import { ProfileHistoryService } from './history/profile-history.service';
import { ProfileChangeResolver, ProfileHistoryResolver } from './history/profile-history.resolver';
import { loadProfilesSettings, ProfilesSettings } from './profiles.config';
import { ProfileParts } from './profile/profile-parts';
import { seedDemoTravellers } from './demo/demo-travellers';
import { ProfileAccountLink } from './account-links/profile-account-link.entity';
import { AccountLinkService } from './account-links/account-link.service';
import { AccountLinkResolver } from './account-links/account-link.resolver';
import { businessPreferencesTopic } from './account-links/business-preferences.topic';
import { CreateOutbox1732370000000 } from './migrations/1732370000000-create-outbox';
import { IndexNativeNames1732380000000 } from './migrations/1732380000000-index-native-names';
import { OrderSegmentsByName1732390000000 } from './migrations/1732390000000-order-segments-by-name';
import { DateAccountLinks1732400000000 } from './migrations/1732400000000-date-account-links';
import { CreateProfileAccountLinks1732330000000 } from './migrations/1732330000000-create-profile-account-links';
import { CoverStatusInNameIndexes1732340000000 } from './migrations/1732340000000-cover-status-in-name-indexes';
import { MarkSpecialCategoryChanges1732360000001 } from './migrations/1732360000001-mark-special-category-changes';
import { AddContactDetails1732360000002 } from './migrations/1732360000002-add-contact-details';
import { ClearSpecialNeedsWithoutConsent1732360000003 } from './migrations/1732360000003-clear-special-needs-without-consent';
import { ProfileDataSubjectService } from './data-subject/profile-data-subject.service';
import { ProfileImportJob } from './import/profile-import-job.entity';
import { ProfileImportRejection } from './import/profile-import-rejection.entity';
import { ProfileImportService } from './import/profile-import.service';
import { ProfileImportResolver } from './import/profile-import.resolver';
import { CreateProfileImports1732320000000 } from './migrations/1732320000000-create-profile-imports';
import { ProfileExportService } from './export/profile-export.service';
import { ProfileExportResolver } from './export/profile-export.resolver';
import { TravelPreference } from './preferences/travel-preference.entity';
import { TravelPreferenceService } from './preferences/travel-preference.service';
import { TravelPreferenceResolver } from './preferences/travel-preference.resolver';
import { ConsentRecord } from './consent/consent-record.entity';
import { ConsentService } from './consent/consent.service';
import { ConsentResolver } from './consent/consent.resolver';
import { OfferCatalogueEntry } from './offer-catalogue/offer-catalogue-entry.entity';
import { OfferCatalogueService } from './offer-catalogue/offer-catalogue.service';
import { OfferCatalogueResolver, OfferFlagResolver } from './offer-catalogue/offer-catalogue.resolver';
import { seedDemoOfferCatalogue } from './offer-catalogue/demo-offer-catalogue';
import { CreatePreferencesConsentsOffer1732280000000 } from './migrations/1732280000000-create-preferences-consents-offer';
import { CreateDuplicates1732300000000 } from './migrations/1732300000000-create-duplicates';
import { DUPLICATES_ENTITIES, duplicatesFeature } from './duplicates/duplicates.feature';
import { profileUpkeepFeature, UPKEEP_ENTITIES } from './verification/profile-upkeep.feature';
import { backfillProfileDerivedData } from './reminders/derived-data';
import { CreateReviewFlagsTagsSegmentsReminders1732310000000 } from './migrations/1732310000000-create-review-flags-tags-segments-reminders';

export { Profile, Passport, PROFILES_ENTITIES };
export { generateTraveller, seededRandom } from './demo/traveller-generator';
export { backfillProfileDerivedData } from './reminders/derived-data';
export { MAX_CHUNKS_IN_FLIGHT } from './import/profile-import.input';

const PROFILES_ENTITIES = [
  Profile,
  Passport,
  ProfileChange,
  TravelPreference,
  ConsentRecord,
  OfferCatalogueEntry,
  ...TRAVEL_DOCUMENT_ENTITIES,
  ProfilePhone,
  ...DUPLICATES_ENTITIES,
  ProfileImportJob,
  ProfileImportRejection,
  ...UPKEEP_ENTITIES,
  ProfileAccountLink,
];

export const profilesModule: SubgraphModule<ProfilesSettings> = {
  name: 'profiles',
  entities: PROFILES_ENTITIES,
  migrations: [
    CreateProfiles1732260000000,
    CreateProfileChanges1732270000000,
    CreatePreferencesConsentsOffer1732280000000,
    CreateTravelDocuments1732290000000,
    CreateDuplicates1732300000000,
    CreateReviewFlagsTagsSegmentsReminders1732310000000,
    CreateProfileImports1732320000000,
    CreateProfileAccountLinks1732330000000,
    CoverStatusInNameIndexes1732340000000,
    MarkSpecialCategoryChanges1732360000001,
    AddContactDetails1732360000002,
    ClearSpecialNeedsWithoutConsent1732360000003,
    CreateOutbox1732370000000,
    IndexNativeNames1732380000000,
    OrderSegmentsByName1732390000000,
    DateAccountLinks1732400000000,
  ],
  async prepare(dataSource, _config, logger, env) {
    const settings = loadProfilesSettings(env);
    if (settings.demo) await seedDemoTravellers(dataSource, settings.cipher, logger);
    if (settings.demo) await seedDemoOfferCatalogue(dataSource, logger);
    const derived = await backfillProfileDerivedData(dataSource);
    if (derived > 0) logger.info({ profiles: derived }, 'segments and reminders derived');
    return settings;
  },
  outboxTopics: (dataSource, config) => [
    businessPreferencesTopic(
      dataSource,
      createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'profiles', serviceSecret: config.SERVICE_TOKEN_SECRET }),
    ),
  ],
  async schema(dataSource, _config, _logger, settings) {
    const history = new ProfileHistoryService(dataSource);
    const numbers = new DocumentNumbers(() => {
      if (!settings) throw new Error('profiles settings are loaded in prepare()');
      return settings.cipher;
    });
    const passports = new PassportService(numbers, history);
    const travelDocuments = documentLists(numbers, history);
    const parts = new ProfileParts();
    parts.register(passports);
    const accountLinks = new AccountLinkService(dataSource);
    parts.register(accountLinks);
    for (const list of Object.values(travelDocuments)) parts.register(list);
    parts.register(new ProfilePhoneIndex());
    parts.register(new DocumentNumberSearch(numbers));
    const preferences = new TravelPreferenceService(dataSource, history);
    const consents = new ConsentService(dataSource, history, parts);
    parts.register(preferences);
    parts.register(consents);
    const offerCatalogue = new OfferCatalogueService(dataSource);
    const profileService = new ProfileService(dataSource, passports, history, parts, consents);
    const profileResolver = new ProfileResolver(profileService, accountLinks);
    return buildFederatedSchema({
      resolvers: [
        profileResolver,
        new AccountLinkResolver(accountLinks),
        new PassportResolver(numbers),
        ...travelDocumentResolvers(dataSource, travelDocuments, numbers, profileService, history),
        new ProfileHistoryResolver(history),
        new ProfileChangeResolver(),
        new TravelPreferenceResolver(preferences, profileService),
        new ConsentResolver(consents, profileService),
        new OfferCatalogueResolver(offerCatalogue),
        new OfferFlagResolver(offerCatalogue),
        ...duplicatesFeature(dataSource, profileService, parts, history),
        ...profileUpkeepFeature(
          dataSource,
          profileService,
          (id, context) => profileResolver.load(id, context),
          parts,
          history,
          () => settings?.reviewIntervalDays ?? 365,
        ),
        dataSubjectResolver('profiles', new ProfileDataSubjectService(dataSource, profileService, parts)),
        new ProfileImportResolver(new ProfileImportService(dataSource, profileService, passports, history, parts)),
        new ProfileExportResolver(
          new ProfileExportService(profileService, passports, () => {
            if (!settings) throw new Error('profiles settings are loaded in prepare()');
            return settings.exportMaxRows;
          }),
        ),
      ],
      referenceResolvers: { Profile: (reference, context) => profileResolver.load(reference.id, context) },
    });
  },
};
