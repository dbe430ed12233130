import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { Profile } from '../profile/profile.reference';
import { Conversation } from '../interactions/conversation.entity';
import { InteractionResolver } from '../interactions/interaction.resolver';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { COMPLAINT_WORKFLOW } from './complaint-workflow';
import { ComplaintTransition } from './complaint-transition.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintService } from './complaint.service';
import { ComplaintList, ComplaintListArgs } from './complaint-list.args';
import { OpenComplaintInput, RecordComplaintSatisfactionInput, TransitionComplaintInput, UpdateComplaintInput } from './complaint.input';
import { ComplaintSlaPolicy } from './complaint-sla-policy.entity';
import { ComplaintSlaPolicyService } from './complaint-sla-policy.service';
import { UpdateComplaintSlaPolicyInput } from './complaint-sla-policy.input';

const groupBy = <T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] => ids.map((id) => rows.filter((row) => key(row) === id));

@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    private readonly service: ComplaintService,
    private readonly policies: ComplaintSlaPolicyService,
    private readonly interactions: InteractionResolver,
  ) {}

  /** The one way a complaint is fetched by id, batched per request. */
  load(id: string, context: SubgraphContext): Promise<Complaint | null> {
    return context.loaders
      .get<string, Complaint | null>('complaintById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (complaint) => complaint.id))
      .load(id);
  }

  @Query(() => ComplaintList, {
    description: 'Complaints by traveller, owner, team, status, escalation, breach or follow-up: the worklists with their clocks.',
  })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async complaints(@Args() args: ComplaintListArgs): Promise<ComplaintList> {
    return ComplaintList.of(await this.service.list(args));
  }

  @Query(() => Complaint, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  complaint(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Complaint | null> {
    return this.load(id, context);
  }

  @Query(() => ComplaintSlaPolicy)
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  complaintSlaPolicy(): Promise<ComplaintSlaPolicy> {
    return this.policies.current();
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'The traveller; null once they were erased.' })
  profile(@Root() complaint: Complaint): Profile | null {
    return complaint.profileId ? { id: complaint.profileId } : null;
  }

  @FieldResolver(() => Conversation, { nullable: true, description: 'The conversation it was raised in.' })
  conversation(@Root() row: { conversationId: string | null }, @Ctx() context: SubgraphContext): Promise<Conversation | null> {
    return row.conversationId ? this.interactions.loadConversation(row.conversationId, context) : Promise.resolve(null);
  }

  @FieldResolver(() => StaffMember, { description: 'Who handles it.' })
  owner(@Root() complaint: Complaint): StaffMember {
    return { id: complaint.ownerId };
  }

  @FieldResolver(() => [ComplaintStatus], { description: 'The statuses the workflow allows it to move to now, so a screen offers only those.' })
  allowedTransitions(@Root() complaint: Complaint): readonly ComplaintStatus[] {
    return COMPLAINT_WORKFLOW[complaint.status];
  }

  @FieldResolver(() => Boolean, { description: 'Not acknowledged within its target (now, or when it was acknowledged).' })
  acknowledgeBreached(@Root() complaint: Complaint): boolean {
    return complaint.acknowledgeBreachedAt(new Date());
  }

  @FieldResolver(() => Boolean, { description: 'Not resolved within its target, counting business hours and not counting time waiting on the customer.' })
  resolveBreached(@Root() complaint: Complaint): boolean {
    return complaint.resolveBreachedAt(new Date());
  }

  @FieldResolver(() => [ComplaintTransition], { description: 'Every step of its workflow, oldest first.' })
  transitions(@Root() complaint: Complaint, @Ctx() context: SubgraphContext): Promise<ComplaintTransition[]> {
    return context.loaders
      .get<string, ComplaintTransition[]>('complaintTransitions', async (ids) => groupBy(ids, await this.service.transitionsOf(ids), (row) => row.complaintId))
      .load(complaint.id);
  }

  @FieldResolver(() => [ComplaintEscalation], { description: 'Its escalations, oldest first.' })
  escalations(@Root() complaint: Complaint, @Ctx() context: SubgraphContext): Promise<ComplaintEscalation[]> {
    return context.loaders
      .get<string, ComplaintEscalation[]>('complaintEscalations', async (ids) => groupBy(ids, await this.service.escalationsOf(ids), (row) => row.complaintId))
      .load(complaint.id);
  }

  @Mutation(() => Complaint, { description: 'Records a complaint as NEW; its clocks start now.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Complaint')
  openComplaint(@Arg('input', () => OpenComplaintInput) input: OpenComplaintInput, @Ctx() context: SubgraphContext): Promise<Complaint> {
    return this.service.open(input, context.principal.id);
  }

  @Mutation(() => Complaint)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Complaint')
  updateComplaint(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateComplaintInput) input: UpdateComplaintInput): Promise<Complaint> {
    return this.service.update(id, input);
  }

  @Mutation(() => Complaint, { description: 'Moves a complaint along its workflow; a move the workflow does not allow is CONFLICT (rule allowedTransition).' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Complaint')
  transitionComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TransitionComplaintInput) input: TransitionComplaintInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Complaint> {
    return this.service.transition(id, input, context.principal.id);
  }

  @Mutation(() => Complaint, { description: 'The traveller’s answer to the follow-up after resolution; once.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Complaint')
  recordComplaintSatisfaction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecordComplaintSatisfactionInput) input: RecordComplaintSatisfactionInput,
  ): Promise<Complaint> {
    return this.service.recordSatisfaction(id, input);
  }

  @Mutation(() => ComplaintSlaPolicy, {
    description: 'Replaces the complaint service levels; clocks already running keep their due times until their complaint next changes.',
  })
  @RequiresScopes([COMMUNICATIONS_SCOPES.admin])
  @AuditedMutation('ComplaintSlaPolicy')
  updateComplaintSlaPolicy(@Arg('input', () => UpdateComplaintSlaPolicyInput) input: UpdateComplaintSlaPolicyInput): Promise<ComplaintSlaPolicy> {
    return this.policies.update(input);
  }
}
