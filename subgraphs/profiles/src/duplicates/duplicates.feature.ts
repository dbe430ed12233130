import { DataSource } from 'typeorm';
import { ProfileService } from '../profile/profile.service';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileMatchKey } from './profile-match-key.entity';
import { DuplicateCandidate } from './duplicate-candidate.entity';
import { ProfileMerge } from './profile-merge.entity';
import { MatchKeysService } from './match-keys.service';
import { DuplicateQueueService } from './duplicate-queue.service';
import { DuplicateScanService } from './duplicate-scan.service';
import { ProfileMergeService } from './profile-merge.service';
import { DuplicatesResolver } from './duplicates.resolver';
import { ProfileMergeResolver } from './profile-merge.resolver';

export const DUPLICATES_ENTITIES = [ProfileMatchKey, DuplicateCandidate, ProfileMerge];

/** Registers the duplicates parts (blocking keys, the queue) and returns the feature's resolvers. */
export function duplicatesFeature(dataSource: DataSource, profiles: ProfileService, parts: ProfileParts, history: ProfileHistoryService): object[] {
  const keys = new MatchKeysService(dataSource);
  const queue = new DuplicateQueueService(dataSource);
  parts.register(keys);
  parts.register(queue);
  return [
    new DuplicatesResolver(queue, new DuplicateScanService(dataSource, keys), profiles),
    new ProfileMergeResolver(new ProfileMergeService(dataSource, profiles, parts, history)),
  ];
}
