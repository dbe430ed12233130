import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignService } from './campaign.service';
import { CampaignSender } from './campaign-sender';
import { CampaignVersionInput, CreateCampaignInput, ScheduleCampaignInput, UpdateCampaignInput } from './campaign.input';
import { CampaignList, CampaignListArgs, CampaignRecipientList, CampaignRecipientListArgs } from './campaign-list.args';
import { CampaignDryRun } from './campaign-dry-run.types';
import { DeliveryCount, ExclusionReason } from './campaign.types';

const MAX_DRY_RUN_PAGE = 200;

@Resolver(() => Campaign)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignService,
    private readonly sender: CampaignSender,
  ) {}

  load(id: string, context: SubgraphContext): Promise<Campaign | null> {
    return context.loaders
      .get<string, Campaign | null>('campaignById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (campaign) => campaign.id))
      .load(id);
  }

  @Query(() => Campaign, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.readCampaigns])
  campaign(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Campaign | null> {
    return this.load(id, context);
  }

  @Query(() => CampaignList)
  @RequiresScopes([COMMUNICATIONS_SCOPES.readCampaigns])
  async campaigns(@Args() args: CampaignListArgs): Promise<CampaignList> {
    return CampaignList.of(await this.service.list(args.page, args.status));
  }

  @Query(() => CampaignDryRun, { description: 'Who would receive the campaign if it went out now, and who is excluded why. Nothing is sent or written.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.readCampaigns])
  async campaignDryRun(@Arg('id', () => ID) id: string, @Arg('limit', () => Int, { defaultValue: 25 }) limit: number): Promise<CampaignDryRun> {
    if (limit < 1 || limit > MAX_DRY_RUN_PAGE) throw ValidationFailedError.single('limit', 'range', `is between 1 and ${MAX_DRY_RUN_PAGE}`);
    const { counts, recipients, excluded } = await this.service.dryRun(id, limit);
    return {
      recipientCount: counts.eligible,
      exclusionCounts: counts.excluded,
      recipients: recipients.map((member) => ({ profile: { id: member.profileId }, language: member.language })),
      excluded: excluded.map((member) => ({ profile: { id: member.profileId }, reason: member.exclusion as ExclusionReason })),
    };
  }

  @FieldResolver(() => [DeliveryCount], { description: 'Recipients per delivery status, once sending has started.' })
  deliveryCounts(@Root() campaign: Campaign, @Ctx() context: SubgraphContext): Promise<DeliveryCount[]> {
    return context.loaders
      .get<string, DeliveryCount[]>('campaignDeliveryCounts', async (ids) => {
        const counts = await this.service.deliveryCounts(ids);
        return ids.map((id) => counts.get(id) ?? []);
      })
      .load(campaign.id);
  }

  @FieldResolver(() => CampaignRecipientList, { description: 'The delivery report: each traveller of the audience and what became of their message.' })
  async recipients(@Root() campaign: Campaign, @Args() args: CampaignRecipientListArgs): Promise<CampaignRecipientList> {
    return CampaignRecipientList.of(await this.service.recipients(campaign.id, args.page, args.status));
  }

  @Mutation(() => Campaign, { description: 'A DRAFT campaign.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.writeCampaigns])
  @AuditedMutation('Campaign')
  createCampaign(@Arg('input') input: CreateCampaignInput, @Ctx() { principal }: SubgraphContext): Promise<Campaign> {
    return this.service.create(input, principal);
  }

  @Mutation(() => Campaign, { description: 'Changes a DRAFT campaign.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.writeCampaigns])
  @AuditedMutation('Campaign')
  updateCampaign(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCampaignInput): Promise<Campaign> {
    return this.service.update(id, input);
  }

  @Mutation(() => Campaign, { description: 'Sends a DRAFT or SCHEDULED campaign at `sendAt`; refused when nobody in the audience has consent in force.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.sendCampaigns])
  @AuditedMutation('Campaign')
  scheduleCampaign(@Arg('id', () => ID) id: string, @Arg('input') input: ScheduleCampaignInput): Promise<Campaign> {
    return this.service.schedule(id, input);
  }

  @Mutation(() => Campaign, {
    description: 'Starts sending a DRAFT or SCHEDULED campaign now (SENDING, then SENT); refused when nobody in the audience has consent in force.',
  })
  @RequiresScopes([COMMUNICATIONS_SCOPES.sendCampaigns])
  @AuditedMutation('Campaign')
  async sendCampaign(@Arg('id', () => ID) id: string, @Arg('input') input: CampaignVersionInput): Promise<Campaign> {
    const campaign = await this.service.startSending(id, input.expectedVersion);
    this.sender.kick(campaign.id);
    return campaign;
  }

  @Mutation(() => Campaign, { description: 'Stops a DRAFT, SCHEDULED or SENDING campaign; messages already sent stay recorded.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.sendCampaigns])
  @AuditedMutation('Campaign')
  cancelCampaign(@Arg('id', () => ID) id: string, @Arg('input') input: CampaignVersionInput): Promise<Campaign> {
    return this.service.cancel(id, input.expectedVersion);
  }
}

@Resolver(() => CampaignRecipient)
export class CampaignRecipientResolver {
  constructor(
    private readonly service: CampaignService,
    private readonly campaigns: CampaignResolver,
  ) {}

  /** A recipient by id, batched per request: how the traveller's timeline shows the messages sent to them. */
  load(id: string, context: SubgraphContext): Promise<CampaignRecipient | null> {
    return context.loaders
      .get<string, CampaignRecipient | null>('campaignRecipientById', async (ids) =>
        byKeys(ids, await this.service.findRecipientsByIds(ids), (recipient) => recipient.id),
      )
      .load(id);
  }

  @FieldResolver(() => Campaign, { description: 'The campaign the message was of.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.readCampaigns])
  async campaign(@Root() recipient: CampaignRecipient, @Ctx() context: SubgraphContext): Promise<Campaign> {
    const campaign = await this.campaigns.load(recipient.campaignId, context);
    if (!campaign) throw new Error(`campaign ${recipient.campaignId} of recipient ${recipient.id} is missing`);
    return campaign;
  }
}
