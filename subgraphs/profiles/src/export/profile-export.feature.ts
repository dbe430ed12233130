import { loadedSettings, ProfilesFeature } from '../profiles.feature';
import { ProfileExportService } from './profile-export.service';
import { ProfileExportResolver } from './profile-export.resolver';

export const profileExportFeature: ProfilesFeature = {
  name: 'export',
  resolvers: (services) => [
    new ProfileExportResolver(new ProfileExportService(services.profiles, services.documents.passports, () => loadedSettings(services).exportMaxRows)),
  ],
};
