import { ProfilesFeature } from '../profiles.feature';
import { ProfileChange } from './profile-change.entity';
import { ProfileChangeResolver, ProfileHistoryResolver } from './profile-history.resolver';
import { CreateProfileChanges1732270000000 } from '../migrations/1732270000000-create-profile-changes';
import { MarkSpecialCategoryChanges1732360000001 } from '../migrations/1732360000001-mark-special-category-changes';

export const profileHistoryFeature: ProfilesFeature = {
  name: 'history',
  entities: [ProfileChange],
  migrations: [CreateProfileChanges1732270000000, MarkSpecialCategoryChanges1732360000001],
  resolvers: ({ history }) => [new ProfileHistoryResolver(history), new ProfileChangeResolver()],
};
