import { DataSource } from 'typeorm';
import { BootConfig, EncryptedNumbers, SubgraphFeature } from '@wayfarer/kit';
import { ProfilesSettings } from './profiles.config';
import { ProfileHistoryService } from './history/profile-history.service';
import { DocumentLists, documentLists } from './documents/document-kinds';
import { ProfileParts } from './profile/profile-parts';
import { ProfileService } from './profile/profile.service';
import { ProfileResolver } from './profile/profile.resolver';
import { ConsentService } from './consent/consent.service';
import { AccountLinkService } from './account-links/account-link.service';

/** What the profiles features share, built once per schema; each feature registers its own parts with `parts`. */
export interface ProfilesServices {
  dataSource: DataSource;
  config: BootConfig;
  /** Absent when only the SDL is wanted (composition): read it in a resolver's work, never while building. */
  settings(): ProfilesSettings | undefined;
  history: ProfileHistoryService;
  numbers: EncryptedNumbers;
  parts: ProfileParts;
  documents: DocumentLists;
  consents: ConsentService;
  accountLinks: AccountLinkService;
  profiles: ProfileService;
  /** Reads a profile as the schema does, partner reach included: references and other features load through it. */
  profileResolver: ProfileResolver;
}

/** One profiles feature, declared from its own folder and listed in index.ts. */
export type ProfilesFeature = SubgraphFeature<ProfilesServices>;

/** The settings `prepare` loaded; only the work of a request or a job may ask. */
export function loadedSettings(services: Pick<ProfilesServices, 'settings'>): ProfilesSettings {
  const settings = services.settings();
  if (!settings) throw new Error('profiles settings are loaded in prepare()');
  return settings;
}

export function profilesServices(dataSource: DataSource, config: BootConfig, prepared: ProfilesSettings | undefined): ProfilesServices {
  const settings = () => prepared;
  const history = new ProfileHistoryService(dataSource);
  const numbers = new EncryptedNumbers(() => loadedSettings({ settings }).cipher);
  const parts = new ProfileParts();
  const documents = documentLists(numbers, history);
  const consents = new ConsentService(dataSource, history, parts);
  const accountLinks = new AccountLinkService(dataSource);
  const profiles = new ProfileService(dataSource, documents.passports, history, parts, consents);
  const profileResolver = new ProfileResolver(profiles, accountLinks);
  return { dataSource, config, settings, history, numbers, parts, documents, consents, accountLinks, profiles, profileResolver };
}
