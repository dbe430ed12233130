import { DataSource } from 'typeorm';
import { BootConfig, createGatewayCall, PartnerReach, SubgraphFeature } from '@wayfarer/kit';
import { LoyaltySettings } from './loyalty.config';
import { SupplierProgrammeService } from './supplier-programmes/supplier-programme.service';
import { SupplierProgrammeResolver } from './supplier-programmes/supplier-programme.resolver';
import { LoyaltyDataSubjectService } from './data-subject/loyalty-data-subject';
import { LoyaltyAccountLink } from './reach/loyalty-account-link.entity';
import { SchemeConsentService } from './scheme-consent/scheme-consent.service';
import { LoyaltySchemeService } from './scheme/loyalty-scheme.service';
import { LoyaltySchemeResolver } from './scheme/loyalty-scheme.resolver';
import { LoyaltyRewardService } from './scheme/loyalty-reward.service';
import { LoyaltyRewardResolver } from './scheme/loyalty-reward.resolver';
import { LoyaltyMemberService } from './members/loyalty-member.service';
import { LoyaltyMemberResolver } from './members/loyalty-member.resolver';
import { LedgerService } from './ledger/ledger.service';

/** What the loyalty features share, built once per schema. */
export interface LoyaltyServices {
  dataSource: DataSource;
  config: BootConfig;
  /** Absent when only the SDL is wanted (composition): read it in a resolver's work, never while building. */
  settings(): LoyaltySettings | undefined;
  programmes: SupplierProgrammeService;
  /** Reads a programme as the schema does: references and other features load through it. */
  programmeResolver: SupplierProgrammeResolver;
  /** Each feature holding personal data registers its part of data-subject export and erasure here. */
  dataSubject: LoyaltyDataSubjectService;
  /** Partner clients reach only the travellers of their corporate accounts: check every read, list and write of a traveller's loyalty data with it. */
  reach: PartnerReach<LoyaltyAccountLink>;
  /** The traveller's consent to the scheme's terms: `inForce` before enrolling, `onWithdrawn` to close memberships. */
  schemeConsent: SchemeConsentService;
  schemes: LoyaltySchemeService;
  /** Reads the scheme's versions once per request, for whoever needs the rules. */
  schemeResolver: LoyaltySchemeResolver;
  rewards: LoyaltyRewardService;
  rewardResolver: LoyaltyRewardResolver;
  members: LoyaltyMemberService;
  /** Reads a member as the schema does: references and other features load through it. */
  memberResolver: LoyaltyMemberResolver;
  ledger: LedgerService;
}

/** One loyalty feature, declared from its own folder and listed in index.ts. */
export type LoyaltyFeature = SubgraphFeature<LoyaltyServices>;

/** The settings `prepare` loaded; only the work of a request or a job may ask. */
export function loadedSettings(services: Pick<LoyaltyServices, 'settings'>): LoyaltySettings {
  const settings = services.settings();
  if (!settings) throw new Error('loyalty settings are loaded in prepare()');
  return settings;
}

export function loyaltyServices(dataSource: DataSource, config: BootConfig, prepared: LoyaltySettings | undefined): LoyaltyServices {
  const programmes = new SupplierProgrammeService(dataSource);
  const schemeConsent = new SchemeConsentService(
    dataSource,
    createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'loyalty', serviceSecret: config.SERVICE_TOKEN_SECRET }),
  );
  const reach = new PartnerReach(dataSource, LoyaltyAccountLink);
  const schemes = new LoyaltySchemeService(dataSource);
  const schemeResolver = new LoyaltySchemeResolver(schemes);
  const rewards = new LoyaltyRewardService(dataSource);
  const members = new LoyaltyMemberService(dataSource, schemes, schemeConsent);
  return {
    dataSource,
    config,
    settings: () => prepared,
    programmes,
    programmeResolver: new SupplierProgrammeResolver(programmes),
    dataSubject: new LoyaltyDataSubjectService(dataSource),
    reach,
    schemeConsent,
    schemes,
    schemeResolver,
    rewards,
    rewardResolver: new LoyaltyRewardResolver(rewards),
    members,
    memberResolver: new LoyaltyMemberResolver(members, schemeResolver, reach),
    ledger: new LedgerService(dataSource, schemes, rewards),
  };
}
