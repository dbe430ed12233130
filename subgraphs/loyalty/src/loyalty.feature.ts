import { DataSource } from 'typeorm';
import { BootConfig, EncryptedNumbers, SubgraphFeature } from '@wayfarer/kit';
import { LoyaltySettings } from './loyalty.config';
import { SupplierProgrammeService } from './supplier-programmes/supplier-programme.service';
import { SupplierProgrammeResolver } from './supplier-programmes/supplier-programme.resolver';
import { LoyaltyDataSubjectService } from './data-subject/loyalty-data-subject';
import { SupplierMembershipService } from './memberships/supplier-membership.service';
import { SupplierMembershipResolver } from './memberships/supplier-membership.resolver';

/** What the loyalty features share, built once per schema. */
export interface LoyaltyServices {
  dataSource: DataSource;
  config: BootConfig;
  /** Absent when only the SDL is wanted (composition): read it in a resolver's work, never while building. */
  settings(): LoyaltySettings | undefined;
  programmes: SupplierProgrammeService;
  /** Reads a programme as the schema does: references and other features load through it. */
  programmeResolver: SupplierProgrammeResolver;
  memberships: SupplierMembershipService;
  /** Reads a supplier membership as the schema does (leisure hidden from partners): references and other features load through it. */
  membershipResolver: SupplierMembershipResolver;
  /** Each feature holding personal data registers its part of data-subject export and erasure here. */
  dataSubject: LoyaltyDataSubjectService;
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
  const programmeResolver = new SupplierProgrammeResolver(programmes);
  const settings = () => prepared;
  const memberships = new SupplierMembershipService(dataSource, new EncryptedNumbers(() => loadedSettings({ settings }).cipher));
  return {
    dataSource,
    config,
    settings,
    programmes,
    programmeResolver,
    memberships,
    membershipResolver: new SupplierMembershipResolver(memberships, programmeResolver),
    dataSubject: new LoyaltyDataSubjectService(dataSource),
  };
}
