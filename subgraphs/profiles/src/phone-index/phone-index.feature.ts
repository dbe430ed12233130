import { ProfilesFeature } from '../profiles.feature';
import { ProfilePhone } from './profile-phone.entity';
import { ProfilePhoneIndex } from './profile-phone-index';
import { CreateTravelDocuments1732290000000 } from '../migrations/1732290000000-create-travel-documents';

/** `ProfileFilter.phone`, through an index of every profile's phone numbers. */
export const phoneIndexFeature: ProfilesFeature = {
  name: 'phone-index',
  entities: [ProfilePhone],
  migrations: [CreateTravelDocuments1732290000000],
  resolvers({ parts }) {
    parts.register(new ProfilePhoneIndex());
    return [];
  },
};
