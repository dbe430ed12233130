import { CommunicationsFeature } from '../communications.feature';
import { TimelineEntryRow } from './timeline-entry.entity';
import { ProfileTimelineResolver, TimelineEntryResolver } from './timeline.resolver';
import { InteractionsConversationsReferralsTimeline1796710000000 } from '../migrations/1796710000000-interactions-conversations-referrals-timeline';
import { BackfillTimeline1796713000000 } from '../migrations/1796713000000-backfill-timeline';

/** The traveller's timeline across features; each feature registers its kind with `services.timeline`. */
export const timelineFeature: CommunicationsFeature = {
  name: 'timeline',
  entities: [TimelineEntryRow],
  migrations: [InteractionsConversationsReferralsTimeline1796710000000, BackfillTimeline1796713000000],
  resolvers: ({ timeline, dataSubject }) => {
    dataSubject.register(timeline.subjectPart);
    return [new ProfileTimelineResolver(timeline), new TimelineEntryResolver(timeline)];
  },
};
