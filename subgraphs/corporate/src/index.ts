import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { BootConfig, buildFederatedSchema, createGatewayCall, dataSubjectResolver, SubgraphModule } from '@wayfarer/kit';
import { CorporateAccount } from './accounts/corporate-account.entity';
import { CorporateAccountService } from './accounts/corporate-account.service';
import { CorporateAccountResolver } from './accounts/corporate-account.resolver';
import { Employment } from './employment/employment.entity';
import { EmploymentService } from './employment/employment.service';
import { EmploymentResolver } from './employment/employment.resolver';
import { ProfilesClient } from './employment/profiles.client';
import { accountLinksTopics } from './employment/account-links.topic';
import { TravelPolicy } from './policies/travel-policy.entity';
import { TravelPolicyVersion } from './policies/travel-policy-version.entity';
import { TravelPolicyService } from './policies/travel-policy.service';
import { TravelPolicyResolver } from './policies/travel-policy.resolver';
import { TravellerPolicyService } from './compliance/traveller-policy.service';
import { ProfileCorporateResolver } from './compliance/profile-corporate.resolver';
import { Profile } from './compliance/profile.reference';
import { ComplianceStatusService } from './compliance/compliance-status.service';
import { TravellerPreferences } from './compliance/traveller-preferences.entity';
import { TravellerPreferencesResolver } from './compliance/traveller-preferences.resolver';
import { CorporateDataSubjectService } from './data-subject/corporate-data-subject.service';
import { SweepMark } from './upkeep/sweep-mark.entity';
import { DayChangeSweep } from './upkeep/day-change.sweep';
import { CorporateSettings, loadCorporateSettings } from './corporate.config';
import { seedDemoCorporate } from './demo/demo-corporate';
import { CreateCorporate1732330000000 } from './migrations/1732330000000-create-corporate';
import { AccountLinksOutboxAndComplianceStatus1732350000000 } from './migrations/1732350000000-account-links-outbox-and-compliance-status';
import { EmploymentErasure1732370000000 } from './migrations/1732370000000-employment-erasure';
import { ReportAccountLinksAgain1732400000000 } from './migrations/1732400000000-report-account-links-again';
import { ReportAccountLinksToLoyalty1796700000000 } from './migrations/1796700000000-report-account-links-to-loyalty';

export { CorporateAccount, Employment, TravelPolicy, TravelPolicyVersion };

export const CORPORATE_ENTITIES = [CorporateAccount, Employment, TravelPolicy, TravelPolicyVersion, TravellerPreferences, SweepMark];

const gatewayCall = (config: BootConfig) =>
  createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'corporate', serviceSecret: config.SERVICE_TOKEN_SECRET });

function corporateServices(dataSource: DataSource, config: BootConfig) {
  const compliance = new ComplianceStatusService(dataSource);
  return {
    compliance,
    accounts: new CorporateAccountService(dataSource),
    employments: new EmploymentService(dataSource, new ProfilesClient(gatewayCall(config)), compliance),
    policies: new TravelPolicyService(dataSource, compliance),
  };
}

export const corporateModule: SubgraphModule<CorporateSettings> = {
  name: 'corporate',
  entities: CORPORATE_ENTITIES,
  migrations: [
    CreateCorporate1732330000000,
    AccountLinksOutboxAndComplianceStatus1732350000000,
    EmploymentErasure1732370000000,
    ReportAccountLinksAgain1732400000000,
    ReportAccountLinksToLoyalty1796700000000,
  ],
  async prepare(dataSource, config, logger, env) {
    const settings = loadCorporateSettings(env);
    if (settings.demo) {
      const { accounts, policies, employments } = corporateServices(dataSource, config);
      await seedDemoCorporate(dataSource, accounts, policies, employments, logger);
    }
    return settings;
  },
  outboxTopics: (dataSource, config) => accountLinksTopics(dataSource, gatewayCall(config)),
  periodicTasks: (dataSource) => [new DayChangeSweep(new ComplianceStatusService(dataSource))],
  async schema(dataSource, config) {
    const { compliance, accounts, employments, policies } = corporateServices(dataSource, config);
    const travellerPolicies = new TravellerPolicyService(employments, policies);
    const accountResolver = new CorporateAccountResolver(accounts, policies, employments);
    return buildFederatedSchema({
      resolvers: [
        accountResolver,
        new EmploymentResolver(employments, accountResolver),
        new TravelPolicyResolver(policies, travellerPolicies, accountResolver),
        new ProfileCorporateResolver(employments, travellerPolicies),
        new TravellerPreferencesResolver(compliance),
        dataSubjectResolver('corporate', new CorporateDataSubjectService(compliance)),
      ],
      orphanedTypes: [Profile],
      referenceResolvers: {
        CorporateAccount: (reference, context) => accountResolver.load(reference.id, context),
        Profile: (reference) => reference,
      },
    });
  },
};
