import { DataSource } from 'typeorm';
import { SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileService } from '../profile/profile.service';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileFlagsService } from '../flags/profile-flags.service';
import { ProfileFlagsResolver } from '../flags/profile-flags.resolver';
import { ProfileSegmentsService } from '../segments/profile-segments.service';
import { ProfileSegmentsResolver } from '../segments/profile-segments.resolver';
import { ProfileTag } from '../segments/profile-tag.entity';
import { ProfileSegment } from '../segments/profile-segment.entity';
import { ProfileReminder } from '../reminders/profile-reminder.entity';
import { RemindersService } from '../reminders/reminders.service';
import { RemindersResolver } from '../reminders/reminders.resolver';
import { VerificationService } from './verification.service';
import { VerificationResolver } from './verification.resolver';

export const UPKEEP_ENTITIES = [ProfileTag, ProfileSegment, ProfileReminder];

/** Verification, VIP and special-needs flags, tags and segments, reminders: registers the derived parts and returns the resolvers. */
export function profileUpkeepFeature(
  dataSource: DataSource,
  profiles: ProfileService,
  loadProfile: (id: string, context: SubgraphContext) => Promise<Profile | null>,
  parts: ProfileParts,
  history: ProfileHistoryService,
  reviewIntervalDays: () => number,
): object[] {
  const segments = new ProfileSegmentsService(dataSource, history);
  const reminders = new RemindersService(dataSource);
  const flags = new ProfileFlagsService(profiles, history);
  parts.register(flags);
  parts.register(segments);
  parts.register(reminders);
  return [
    new VerificationResolver(new VerificationService(profiles, history, reviewIntervalDays)),
    new ProfileFlagsResolver(flags),
    new ProfileSegmentsResolver(segments, profiles),
    new RemindersResolver(reminders, profiles, loadProfile),
  ];
}
