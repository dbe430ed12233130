import { ProfilesFeature } from '../profiles.feature';
import { ProfileMatchKey } from './profile-match-key.entity';
import { DuplicateCandidate } from './duplicate-candidate.entity';
import { ProfileMerge } from './profile-merge.entity';
import { MatchKeysService } from './match-keys.service';
import { DuplicateQueueService } from './duplicate-queue.service';
import { DuplicateScanService } from './duplicate-scan.service';
import { ProfileMergeService } from './profile-merge.service';
import { DuplicatesResolver } from './duplicates.resolver';
import { ProfileMergeResolver } from './profile-merge.resolver';
import { CreateDuplicates1732300000000 } from '../migrations/1732300000000-create-duplicates';

/** Blocking keys, the duplicate queue and merges. */
export const duplicatesFeature: ProfilesFeature = {
  name: 'duplicates',
  entities: [ProfileMatchKey, DuplicateCandidate, ProfileMerge],
  migrations: [CreateDuplicates1732300000000],
  resolvers({ dataSource, profiles, parts, history }) {
    const keys = new MatchKeysService(dataSource);
    const queue = new DuplicateQueueService(dataSource);
    parts.register(keys);
    parts.register(queue);
    return [
      new DuplicatesResolver(queue, new DuplicateScanService(dataSource, keys), profiles),
      new ProfileMergeResolver(new ProfileMergeService(dataSource, profiles, parts, history)),
    ];
  },
};
