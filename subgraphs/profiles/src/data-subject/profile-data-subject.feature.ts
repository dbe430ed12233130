import { dataSubjectResolver } from '@wayfarer/kit';
import { ProfilesFeature } from '../profiles.feature';
import { ProfileDataSubjectService } from './profile-data-subject.service';

/** The person's own copy and erasure, across every registered part. */
export const profileDataSubjectFeature: ProfilesFeature = {
  name: 'data-subject',
  resolvers: ({ dataSource, profiles, parts }) => [dataSubjectResolver('profiles', new ProfileDataSubjectService(dataSource, profiles, parts))],
};
