import 'reflect-metadata';
import { buildFederatedSchema, dataSubjectFeature, SubgraphModule, subgraphFeatures } from '@wayfarer/kit';
import { LoyaltySettings, loadLoyaltySettings } from './loyalty.config';
import { LoyaltyFeature, loyaltyServices } from './loyalty.feature';
import { Profile } from './profile/profile.reference';
import { seedDemoSupplierProgrammes } from './demo/demo-supplier-programmes';
import { seedDemoScheme } from './demo/demo-scheme';
import { seedDemoMembers } from './demo/demo-members';
import { supplierProgrammesFeature } from './supplier-programmes/supplier-programmes.feature';
import { SupplierProgrammeService } from './supplier-programmes/supplier-programme.service';
import { supplierMembershipsFeature } from './memberships/supplier-memberships.feature';
import { reachFeature } from './reach/reach.feature';
import { schemeConsentFeature } from './scheme-consent/scheme-consent.feature';
import { schemeFeature } from './scheme/scheme.feature';
import { membersFeature } from './members/members.feature';
import { ledgerFeature } from './ledger/ledger.feature';
import { tierReportFeature } from './tier-report/tier-report.feature';

export { SupplierProgramme } from './supplier-programmes/supplier-programme.entity';
export { SupplierMembership } from './memberships/supplier-membership.entity';
export { checkLedgerInvariants } from './ledger/ledger-invariants';
export { confirmPendingPoints, expirePointsLots, reevaluateTiers } from './ledger/ledger-tasks';

const LOYALTY_FEATURES: LoyaltyFeature[] = [
  supplierProgrammesFeature,
  reachFeature,
  schemeConsentFeature,
  supplierMembershipsFeature,
  schemeFeature,
  membersFeature,
  ledgerFeature,
  tierReportFeature,
  dataSubjectFeature('loyalty'),
];

const features = subgraphFeatures(LOYALTY_FEATURES);

/** What the bench needs to write a scheme's history as the services would have written it. */
export const LOYALTY_ENTITIES = features.module.entities;
export { LEDGER_TASKS_PRINCIPAL } from './ledger/expiry';
export { LedgerEntry, LedgerEntryKind } from './ledger/ledger-entry.entity';
export { EntryReason } from './ledger/entry-reason.entity';
export { LotState, PointsLot } from './ledger/points-lot.entity';
export { QualifyingMonth } from './ledger/qualifying-month.entity';
export { LoyaltyMember, LoyaltyMemberStatus } from './members/loyalty-member.entity';
export { TierChange, TierChangeCause } from './members/tier-change.entity';
export { LoyaltySchemeVersion } from './scheme/loyalty-scheme.entity';
export { LoyaltySchemeService } from './scheme/loyalty-scheme.service';
export { LoyaltyProductType, LoyaltySchemeRules } from './scheme/scheme-rules.types';
export { addDays, addMonths, assertRulesConsistent, monthOf, newPeriod, pointsFor, reviewTier, windowStartMonth } from './scheme/scheme-rules';

export const loyaltyModule: SubgraphModule<LoyaltySettings> = {
  name: 'loyalty',
  ...features.module,
  async prepare(dataSource, _config, logger, env) {
    const settings = loadLoyaltySettings(env);
    if (settings.demo) {
      await seedDemoSupplierProgrammes(new SupplierProgrammeService(dataSource), logger);
      await seedDemoScheme(dataSource, logger);
      await seedDemoMembers(dataSource, settings.cipher, logger);
    }
    return settings;
  },
  async schema(dataSource, config, _logger, settings) {
    const services = loyaltyServices(dataSource, config, settings);
    return buildFederatedSchema({
      resolvers: features.resolvers(services),
      orphanedTypes: [Profile],
      referenceResolvers: {
        SupplierProgramme: (reference, context) => services.programmeResolver.load(reference.id, context),
        SupplierMembership: (reference, context) => services.membershipResolver.load(reference.id, context),
        LoyaltyMember: (reference, context) => services.memberResolver.loyaltyMember(reference.id, context),
        LoyaltyReward: (reference, context) => services.rewardResolver.load(reference.id, context),
        Profile: (reference) => reference,
      },
    });
  },
};
