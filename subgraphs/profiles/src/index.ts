import 'reflect-metadata';
import { buildFederatedSchema, SubgraphModule } from '@wayfarer/kit';
import { Profile } from './profile/profile.entity';
import { ProfileResolver } from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { Passport } from './passport/passport.entity';
import { PassportResolver } from './passport/passport.resolver';
import { PassportService } from './passport/passport.service';
import { CreateProfiles1732260000000 } from './migrations/1732260000000-create-profiles';
import { CreateProfileChanges1732270000000 } from './migrations/1732270000000-create-profile-changes';
import { ProfileChange } from './history/profile-change.entity';
import { ProfileHistoryService } from './history/profile-history.service';
import { ProfileHistoryResolver } from './history/profile-history.resolver';
import { loadProfilesSettings, ProfilesSettings } from './profiles.config';
import { ProfileParts } from './profile/profile-parts';
import { seedDemoTravellers } from './demo/demo-travellers';

export { Profile, Passport, PROFILES_ENTITIES };
export { generateTraveller, seededRandom } from './demo/traveller-generator';

const PROFILES_ENTITIES = [Profile, Passport, ProfileChange];

export const profilesModule: SubgraphModule<ProfilesSettings> = {
  name: 'profiles',
  entities: PROFILES_ENTITIES,
  migrations: [CreateProfiles1732260000000, CreateProfileChanges1732270000000],
  async prepare(dataSource, _config, logger, env) {
    const settings = loadProfilesSettings(env);
    if (settings.demo) await seedDemoTravellers(dataSource, settings.cipher, logger);
    return settings;
  },
  async schema(dataSource, _config, _logger, settings) {
    const history = new ProfileHistoryService(dataSource);
    const passports = new PassportService(() => {
      if (!settings) throw new Error('profiles settings are loaded in prepare()');
      return settings.cipher;
    }, history);
    const parts = new ProfileParts();
    parts.register(passports);
    const profileResolver = new ProfileResolver(new ProfileService(dataSource, passports, history, parts));
    return buildFederatedSchema({
      resolvers: [profileResolver, new PassportResolver(passports), new ProfileHistoryResolver(history)],
      referenceResolvers: { Profile: (reference, context) => profileResolver.load(reference.id, context) },
    });
  },
};
