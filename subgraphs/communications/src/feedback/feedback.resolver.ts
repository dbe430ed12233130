import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { Profile } from '../profile/profile.reference';
import { Feedback } from './feedback.entity';
import { FeedbackService } from './feedback.service';
import { FeedbackList, FeedbackListArgs, FeedbackSummary, FeedbackSummaryFilter } from './feedback-list.args';
import { RecordFeedbackInput } from './feedback.input';

@Resolver(() => Feedback)
export class FeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  /** The one way feedback is fetched by id, batched per request. */
  load(id: string, context: SubgraphContext): Promise<Feedback | null> {
    return context.loaders
      .get<string, Feedback | null>('feedbackById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (row) => row.id))
      .load(id);
  }

  @Query(() => FeedbackList, { description: 'Feedback by traveller, product, supplier, rating and period, newest first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async feedbacks(@Args() args: FeedbackListArgs): Promise<FeedbackList> {
    return FeedbackList.of(await this.service.list(args));
  }

  @Query(() => Feedback, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  feedback(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Feedback | null> {
    return this.load(id, context);
  }

  @Query(() => FeedbackSummary, { description: 'Count, average and distribution of ratings, overall, per product type and per supplier, for the reports.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  feedbackSummary(@Arg('filter', () => FeedbackSummaryFilter, { nullable: true }) filter?: FeedbackSummaryFilter): Promise<FeedbackSummary> {
    return this.service.summary(filter ?? {});
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'The traveller; null once they were erased.' })
  profile(@Root() feedback: Feedback): Profile | null {
    return feedback.profileId ? { id: feedback.profileId } : null;
  }

  @FieldResolver(() => StaffMember, { description: 'Who recorded it.' })
  recordedBy(@Root() feedback: Feedback): StaffMember {
    return { id: feedback.recordedById };
  }

  @Mutation(() => Feedback)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Feedback')
  recordFeedback(@Arg('input', () => RecordFeedbackInput) input: RecordFeedbackInput, @Ctx() context: SubgraphContext): Promise<Feedback> {
    return this.service.record(input, context.principal.id);
  }
}
