import { DataSource, In } from 'typeorm';
import {
  ConflictError,
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  PageInput,
  Principal,
  SortDirection,
  updateWithVersion,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import type { CommunicationsSettings } from '../communications.config';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignAudience, CampaignChannel, CampaignStatus, DeliveryCount, DeliveryStatus } from './campaign.types';
import { CampaignAudienceInput, CreateCampaignInput, ScheduleCampaignInput, UpdateCampaignInput } from './campaign.input';
import { contentViolations } from './campaign-content';
import { ChannelNotConfiguredError } from './message-channels';
import { AudienceCounts, AudienceMember, ProfilesAudience } from './profiles-audience';

export interface CampaignDryRunResult {
  counts: AudienceCounts;
  recipients: AudienceMember[];
  excluded: AudienceMember[];
}

const audienceOf = (input: CampaignAudienceInput): CampaignAudience => ({
  segments: [...new Set(input.segments ?? [])],
  tags: [...new Set((input.tags ?? []).map((tag) => tag.trim()))],
  accountId: input.accountId ?? null,
});

export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audiences: ProfilesAudience,
    private readonly settings: () => CommunicationsSettings,
  ) {}

  findByIds(ids: readonly string[]): Promise<Campaign[]> {
    return this.dataSource.getRepository(Campaign).findBy({ id: In([...ids]) });
  }

  findRecipientsByIds(ids: readonly string[]): Promise<CampaignRecipient[]> {
    return this.dataSource.getRepository(CampaignRecipient).findBy({ id: In([...ids]) });
  }

  list(page: PageInput = new PageInput(), status?: CampaignStatus): Promise<ListPage<Campaign>> {
    const qb = this.dataSource.getRepository(Campaign).createQueryBuilder('campaign');
    if (status) qb.where('campaign.status = :status', { status });
    return paginate(qb, { sortProperty: 'createdAt', direction: SortDirection.DESC, page });
  }

  async create(input: CreateCampaignInput, principal: Principal): Promise<Campaign> {
    const contents = input.contents.map((content) => ({ language: content.language, subject: content.subject ?? null, body: content.body }));
    const violations = contentViolations(input.channel, input.defaultLanguage, contents);
    if (violations.length) throw new ValidationFailedError(violations);
    const audience = audienceOf(input.audience);
    await this.checkAudience(audience, input.channel);
    const now = new Date();
    const campaign = Object.assign(new Campaign(), {
      id: uuid7(now.getTime()),
      name: input.name.trim(),
      channel: input.channel,
      status: CampaignStatus.DRAFT,
      audience,
      defaultLanguage: input.defaultLanguage,
      contents,
      sendAt: null,
      startedAt: null,
      finishedAt: null,
      audienceCursor: null,
      audienceResolved: false,
      leaseUntil: null,
      leaseOwner: null,
      createdBy: principal.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.getRepository(Campaign).insert(campaign);
    return campaign;
  }

  async update(id: string, input: UpdateCampaignInput): Promise<Campaign> {
    const campaign = await this.inStatus(id, [CampaignStatus.DRAFT], 'edited');
    const contents =
      input.contents?.map((content) => ({ language: content.language, subject: content.subject ?? null, body: content.body })) ?? campaign.contents;
    const defaultLanguage = input.defaultLanguage ?? campaign.defaultLanguage;
    const violations = contentViolations(campaign.channel, defaultLanguage, contents);
    if (violations.length) throw new ValidationFailedError(violations);
    const audience = input.audience ? audienceOf(input.audience) : campaign.audience;
    if (input.audience) await this.checkAudience(audience, campaign.channel);
    return this.change(id, input.expectedVersion, { name: input.name?.trim() ?? campaign.name, audience, defaultLanguage, contents });
  }

  async schedule(id: string, input: ScheduleCampaignInput): Promise<Campaign> {
    const campaign = await this.inStatus(id, [CampaignStatus.DRAFT, CampaignStatus.SCHEDULED], 'scheduled');
    if (!(input.sendAt.getTime() > Date.now())) throw ValidationFailedError.single('input.sendAt', 'inFuture', 'must be in the future');
    await this.assertSendable(campaign);
    return this.change(id, input.expectedVersion, { status: CampaignStatus.SCHEDULED, sendAt: input.sendAt });
  }

  /** SENDING now; the caller starts the sender once this has committed. */
  async startSending(id: string, expectedVersion: number): Promise<Campaign> {
    const campaign = await this.inStatus(id, [CampaignStatus.DRAFT, CampaignStatus.SCHEDULED], 'sent');
    await this.assertSendable(campaign);
    return this.change(id, expectedVersion, { status: CampaignStatus.SENDING, startedAt: new Date() });
  }

  /** Stops a campaign before or while it sends: the sender stops before its next batch; what was sent stays recorded. */
  async cancel(id: string, expectedVersion: number): Promise<Campaign> {
    await this.inStatus(id, [CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.SENDING], 'cancelled');
    return this.change(id, expectedVersion, { status: CampaignStatus.CANCELLED, finishedAt: new Date(), leaseUntil: null, leaseOwner: null });
  }

  /** Who would receive the campaign if it went out now and who is excluded why: counts and the first page of each. */
  async dryRun(id: string, limit: number): Promise<CampaignDryRunResult> {
    const campaign = await this.get(id);
    const [counts, recipients, excluded] = await Promise.all([
      this.audiences.counts(campaign.audience, campaign.channel),
      this.audiences.page(campaign.audience, campaign.channel, { after: null, limit, eligible: true }),
      this.audiences.page(campaign.audience, campaign.channel, { after: null, limit, eligible: false }),
    ]);
    return { counts, recipients: recipients.members, excluded: excluded.members };
  }

  async deliveryCounts(campaignIds: readonly string[]): Promise<Map<string, DeliveryCount[]>> {
    const rows: { campaign_id: string; status: DeliveryStatus; count: string | number }[] = await this.dataSource
      .getRepository(CampaignRecipient)
      .createQueryBuilder('recipient')
      .select('recipient.campaign_id', 'campaign_id')
      .addSelect('recipient.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('recipient.campaign_id IN (:...ids)', { ids: [...campaignIds] })
      .groupBy('recipient.campaign_id')
      .addGroupBy('recipient.status')
      .getRawMany();
    const counts = new Map<string, DeliveryCount[]>(campaignIds.map((id) => [id, []]));
    for (const status of Object.values(DeliveryStatus)) {
      for (const row of rows.filter((candidate) => candidate.status === status)) counts.get(row.campaign_id)!.push({ status, count: Number(row.count) });
    }
    return counts;
  }

  recipients(campaignId: string, page: PageInput = new PageInput(), status?: DeliveryStatus): Promise<ListPage<CampaignRecipient>> {
    const qb = this.dataSource.getRepository(CampaignRecipient).createQueryBuilder('recipient').where('recipient.campaign_id = :campaignId', { campaignId });
    if (status) qb.andWhere('recipient.status = :status', { status });
    return paginate(qb, { sortProperty: 'id', direction: SortDirection.ASC, page });
  }

  private async get(id: string): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id });
    if (!campaign) throw new NotFoundError('Campaign', id);
    return campaign;
  }

  private async inStatus(id: string, statuses: CampaignStatus[], action: string): Promise<Campaign> {
    const campaign = await this.get(id);
    if (!statuses.includes(campaign.status))
      throw new ConflictError(`Campaign ${id} is ${campaign.status} and cannot be ${action} (only ${statuses.join(' or ')})`, { id, status: campaign.status });
    return campaign;
  }

  /** Profiles checks the audience's rules (at least one criterion, no special-category segment) on one cheap page. */
  private async checkAudience(audience: CampaignAudience, channel: CampaignChannel): Promise<void> {
    try {
      await this.audiences.page(audience, channel, { after: null, limit: 1 });
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      throw new ValidationFailedError(error.violations.map((violation) => ({ ...violation, field: `input.${violation.field}` })));
    }
  }

  /** A campaign goes out only on a configured channel and to at least one traveller whose consent is in force now. */
  private async assertSendable(campaign: Campaign): Promise<void> {
    const settings = this.settings();
    if (!(campaign.channel === CampaignChannel.EMAIL ? settings.email : settings.sms))
      throw new ConflictError(new ChannelNotConfiguredError(campaign.channel).message);
    const { eligible } = await this.audiences.counts(campaign.audience, campaign.channel);
    if (eligible === 0)
      throw ValidationFailedError.single('id', 'hasConsentedRecipient', 'the audience has nobody whose marketing consent for the channel is in force');
  }

  private async change(id: string, expectedVersion: number, changes: Partial<Campaign>): Promise<Campaign> {
    return inTransaction(this.dataSource, async (manager) => {
      await updateWithVersion(manager, Campaign, 'Campaign', id, expectedVersion, { ...changes, updatedAt: new Date() });
      return (await manager.getRepository(Campaign).findOneBy({ id }))!;
    });
  }
}
