import { CommunicationsFeature } from '../communications.feature';
import { Feedback } from './feedback.entity';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { feedbackSubjectPart } from './feedback-subject';
import { TimelineKind } from '../timeline/timeline-kind';
import { CreateFeedback1796711200000 } from '../migrations/1796711200000-create-feedback';

/** Travellers' opinions of tourism products and suppliers, and their aggregates for the reports (110680L4). */
export const feedbackFeature: CommunicationsFeature = {
  name: 'feedback',
  entities: [Feedback],
  migrations: [CreateFeedback1796711200000],
  resolvers({ dataSource, dataSubject, timeline, references }) {
    dataSubject.register(feedbackSubjectPart);
    const resolver = new FeedbackResolver(new FeedbackService(dataSource, timeline));
    references.Feedback = (reference, context) => resolver.load(reference.id, context);
    timeline.register({ kind: TimelineKind.FEEDBACK, type: Feedback, load: (id, context) => resolver.load(id, context) });
    return [resolver];
  },
};
