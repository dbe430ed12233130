import { ProfilesFeature } from '../profiles.feature';
import { ProfileImportJob } from './profile-import-job.entity';
import { ProfileImportRejection } from './profile-import-rejection.entity';
import { ProfileImportService } from './profile-import.service';
import { ProfileImportResolver } from './profile-import.resolver';
import { CreateProfileImports1732320000000 } from '../migrations/1732320000000-create-profile-imports';

export const profileImportFeature: ProfilesFeature = {
  name: 'import',
  entities: [ProfileImportJob, ProfileImportRejection],
  migrations: [CreateProfileImports1732320000000],
  resolvers: ({ dataSource, profiles, documents, history, parts }) => [
    new ProfileImportResolver(new ProfileImportService(dataSource, profiles, documents.passports, history, parts)),
  ],
};
