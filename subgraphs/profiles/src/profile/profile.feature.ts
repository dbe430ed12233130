import { ProfilesFeature } from '../profiles.feature';
import { Profile } from './profile.entity';
import { CreateProfiles1732260000000 } from '../migrations/1732260000000-create-profiles';
import { CoverStatusInNameIndexes1732340000000 } from '../migrations/1732340000000-cover-status-in-name-indexes';
import { AddContactDetails1732360000002 } from '../migrations/1732360000002-add-contact-details';
import { IndexNativeNames1732380000000 } from '../migrations/1732380000000-index-native-names';

/** The traveller's own record: create, read, list, update. Its parts are the other features'. */
export const profileFeature: ProfilesFeature = {
  name: 'profile',
  entities: [Profile],
  migrations: [CreateProfiles1732260000000, CoverStatusInNameIndexes1732340000000, AddContactDetails1732360000002, IndexNativeNames1732380000000],
  resolvers: ({ profileResolver }) => [profileResolver],
};
