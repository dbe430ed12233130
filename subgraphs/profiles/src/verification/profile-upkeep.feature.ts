import { ProfilesFeature } from '../profiles.feature';
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
import { CreateReviewFlagsTagsSegmentsReminders1732310000000 } from '../migrations/1732310000000-create-review-flags-tags-segments-reminders';
import { OrderSegmentsByName1732390000000 } from '../migrations/1732390000000-order-segments-by-name';

/** Verification, VIP and special-needs flags, tags and segments, reminders: the derived parts and their resolvers. */
export const profileUpkeepFeature: ProfilesFeature = {
  name: 'upkeep',
  entities: [ProfileTag, ProfileSegment, ProfileReminder],
  migrations: [CreateReviewFlagsTagsSegmentsReminders1732310000000, OrderSegmentsByName1732390000000],
  resolvers({ dataSource, profiles, profileResolver, parts, history, settings }) {
    const segments = new ProfileSegmentsService(dataSource, history);
    const reminders = new RemindersService(dataSource);
    const flags = new ProfileFlagsService(profiles, history);
    parts.register(flags);
    parts.register(segments);
    parts.register(reminders);
    return [
      new VerificationResolver(new VerificationService(profiles, history, () => settings()?.reviewIntervalDays ?? 365)),
      new ProfileFlagsResolver(flags),
      new ProfileSegmentsResolver(segments, profiles),
      new RemindersResolver(reminders, profiles, (id, context) => profileResolver.load(id, context)),
    ];
  },
};
