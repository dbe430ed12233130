import { DataSource, In } from 'typeorm';
import { bulkInsert, inTransaction, recordServiceAudit, uuid7 } from '@wayfarer/kit';
import type { CommunicationsSettings } from '../communications.config';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignStatus, DeliveryStatus, ExclusionReason } from './campaign.types';
import { contentFor, render } from './campaign-content';
import { MessageChannel, MessageRefusedError, openChannel } from './message-channels';
import { AudienceMember, ProfilesAudience } from './profiles-audience';
import { UnsubscribeLinks } from './unsubscribe-link';
import { Timeline } from '../timeline/timeline';
import { TimelineKind } from '../timeline/timeline-kind';

export interface CampaignSenderOptions {
  /** How long a sender holds a campaign without renewing; a crashed sender's campaign is taken over after it. */
  leaseMs?: number;
  /** Recipients claimed, re-checked with profiles and sent per round. */
  batchSize?: number;
  /** Travellers of the audience asked of profiles per page when sending starts. */
  audiencePageSize?: number;
  /** Called after each message is sent and marked: tests stop a send here to resume it. */
  afterMessage?: (sentSoFar: number) => void;
}

const DEFAULTS = { leaseMs: 120_000, batchSize: 200, audiencePageSize: 5_000 };

/**
 * Sends campaigns, resumably. One sender at a time holds a campaign (a lease, renewed every batch);
 * its audience is written as recipient rows (PENDING, or EXCLUDED with profiles' reason) page by
 * page with the cursor, so a restart goes on where it stopped; then recipients are claimed in id
 * order a batch at a time, their consent re-checked with profiles right before sending, and each
 * marked SENT as soon as the server took its message. A crash therefore resends at most the one
 * message under way when it happened, and skips nobody.
 */
export class CampaignSender {
  private readonly options: Required<Omit<CampaignSenderOptions, 'afterMessage'>> & Pick<CampaignSenderOptions, 'afterMessage'>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: Timeline,
    private readonly audience: ProfilesAudience,
    private readonly settings: () => CommunicationsSettings,
    options: CampaignSenderOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Starts sending in the background; a failure leaves the campaign SENDING for the periodic task, which logs it and resumes. */
  kick(campaignId: string): void {
    void this.resume(campaignId).catch(() => undefined);
  }

  /** The periodic task: scheduled campaigns that are due start, and sends whose sender stopped are taken over. */
  async runDue(now = new Date()): Promise<void> {
    const due = await this.dataSource.getRepository(Campaign).find({
      where: { status: CampaignStatus.SCHEDULED },
      select: { id: true, sendAt: true },
      order: { sendAt: 'ASC' },
    });
    for (const campaign of due.filter((candidate) => candidate.sendAt && candidate.sendAt <= now)) {
      await this.dataSource
        .createQueryBuilder()
        .update(Campaign)
        .set({ status: CampaignStatus.SENDING, startedAt: now, updatedAt: now, version: () => 'version + 1' })
        .where('id = :id AND status = :status', { id: campaign.id, status: CampaignStatus.SCHEDULED })
        .execute();
    }
    const sending = await this.dataSource.getRepository(Campaign).find({ where: { status: CampaignStatus.SENDING }, select: { id: true } });
    for (const { id } of sending) await this.resume(id, now);
  }

  /** Sends what is left of a SENDING campaign unless another sender holds it; resolves when it is sent, cancelled or taken over. */
  async resume(campaignId: string, now = new Date()): Promise<void> {
    const lease = await this.claim(campaignId, now);
    if (!lease) return;
    const campaign = (await this.dataSource.getRepository(Campaign).findOneBy({ id: campaignId }))!;
    const settings = this.settings();
    const links = new UnsubscribeLinks(settings.linkSecret, settings.publicUrl, settings.linkLifetimeMs);
    if (!(await this.writeAudience(campaign, lease))) return;
    const channel = openChannel(campaign.channel, settings);
    try {
      let sent = 0;
      for (;;) {
        if (!(await this.renew(campaignId, lease))) return;
        const batch = await this.dataSource.getRepository(CampaignRecipient).find({
          where: { campaignId, status: DeliveryStatus.PENDING },
          select: { id: true, profileId: true },
          order: { id: 'ASC' },
          take: this.options.batchSize,
        });
        if (!batch.length) break;
        // Consent decides at send time: whatever profiles says now, not what it said when sending started.
        const members = await this.audience.members(
          batch.map((recipient) => recipient.profileId),
          campaign.channel,
        );
        await this.exclude(campaign.id, batch, members);
        for (const [index, recipient] of batch.entries()) {
          const member = members[index];
          if (!member.eligible) continue;
          await this.deliver(campaign, channel, links, recipient, member);
          this.options.afterMessage?.(++sent);
        }
      }
      await this.dataSource
        .createQueryBuilder()
        .update(Campaign)
        .set({ status: CampaignStatus.SENT, finishedAt: new Date(), updatedAt: new Date(), leaseUntil: null, leaseOwner: null, version: () => 'version + 1' })
        .where('id = :id AND status = :status AND lease_owner = :lease', { id: campaignId, status: CampaignStatus.SENDING, lease })
        .execute();
    } finally {
      channel.close();
    }
  }

  private async deliver(campaign: Campaign, channel: MessageChannel, links: UnsubscribeLinks, recipient: CampaignRecipient, member: AudienceMember) {
    const content = contentFor(campaign.contents, campaign.defaultLanguage, member.language);
    const unsubscribeUrl = links.url({ profileId: recipient.profileId, channel: campaign.channel, campaignId: campaign.id });
    const message = render(campaign.channel, content, { name: member.name ?? '', unsubscribeUrl });
    let outcome: Partial<CampaignRecipient>;
    try {
      await channel.send({ to: member.address!, ...message, language: content.language, unsubscribeUrl });
      outcome = { status: DeliveryStatus.SENT, sentAt: new Date() };
    } catch (error) {
      if (!(error instanceof MessageRefusedError)) throw error;
      outcome = { status: DeliveryStatus.FAILED, error: error.message };
    }
    await inTransaction(this.dataSource, async (manager) => {
      const marked = await manager
        .getRepository(CampaignRecipient)
        .update({ id: recipient.id, status: DeliveryStatus.PENDING }, { ...outcome, language: content.language, updatedAt: new Date() });
      // A message sent is on the traveller's timeline; a refused one reached nobody.
      if (marked.affected === 1 && outcome.sentAt) {
        await this.timeline.record(manager, {
          kind: TimelineKind.CAMPAIGN_MESSAGE,
          id: recipient.id,
          profileId: recipient.profileId,
          occurredAt: outcome.sentAt,
          channel: campaign.channel,
        });
      }
    });
  }

  private async exclude(campaignId: string, batch: CampaignRecipient[], members: AudienceMember[]): Promise<void> {
    const byReason = new Map<ExclusionReason, CampaignRecipient[]>();
    batch.forEach((recipient, index) => {
      const reason = members[index].exclusion;
      if (!members[index].eligible && reason) byReason.set(reason, [...(byReason.get(reason) ?? []), recipient]);
    });
    if (!byReason.size) return;
    await inTransaction(this.dataSource, async (manager) => {
      for (const [reason, recipients] of byReason) {
        await manager
          .getRepository(CampaignRecipient)
          .update(
            { id: In(recipients.map((recipient) => recipient.id)), status: DeliveryStatus.PENDING },
            { status: DeliveryStatus.EXCLUDED, exclusion: reason, updatedAt: new Date() },
          );
      }
    });
    this.auditExclusions(campaignId, byReason);
  }

  /** The audience as recipient rows, a page at a time from where the last sender stopped; whether the lease is still held. */
  private async writeAudience(campaign: Campaign, lease: string): Promise<boolean> {
    let cursor = campaign.audienceCursor;
    let resolved = campaign.audienceResolved;
    let held = true;
    while (!resolved && held) {
      const page = await this.audience.page(campaign.audience, campaign.channel, { after: cursor, limit: this.options.audiencePageSize });
      const now = new Date();
      const rows = page.members.map((member) =>
        Object.assign(new CampaignRecipient(), {
          id: uuid7(now.getTime()),
          campaignId: campaign.id,
          profileId: member.profileId,
          status: member.eligible ? DeliveryStatus.PENDING : DeliveryStatus.EXCLUDED,
          exclusion: member.eligible ? null : member.exclusion,
          language: null,
          error: null,
          sentAt: null,
          updatedAt: now,
        }),
      );
      cursor = page.nextCursor ?? page.members.at(-1)?.profileId ?? cursor;
      resolved = page.nextCursor === null;
      held = await inTransaction(this.dataSource, async (manager) => {
        const claimed = await manager
          .createQueryBuilder()
          .update(Campaign)
          .set({ audienceCursor: cursor, audienceResolved: resolved, leaseUntil: new Date(Date.now() + this.options.leaseMs) })
          .where('id = :id AND status = :status AND lease_owner = :lease', { id: campaign.id, status: CampaignStatus.SENDING, lease })
          .execute();
        if (claimed.affected !== 1) return false;
        await bulkInsert(manager, CampaignRecipient, rows, { ignoreExisting: true });
        return true;
      });
      const excluded = new Map<ExclusionReason, CampaignRecipient[]>();
      for (const row of rows) if (row.exclusion) excluded.set(row.exclusion, [...(excluded.get(row.exclusion) ?? []), row]);
      if (held) this.auditExclusions(campaign.id, excluded);
    }
    return held;
  }

  /** Every exclusion is audited: which travellers, why, from which campaign. */
  private auditExclusions(campaignId: string, byReason: Map<ExclusionReason, CampaignRecipient[]>): void {
    if (!byReason.size) return;
    recordServiceAudit(this.dataSource, 'communications', (trail) => {
      for (const [reason, recipients] of byReason)
        trail.change(
          'excludeFromCampaign',
          'Profile',
          recipients.map((recipient) => recipient.profileId),
          [reason, `campaign:${campaignId}`],
        );
    });
  }

  /** The campaign for this run if it is SENDING and nobody holds it: the run's lease token, or null. */
  private async claim(campaignId: string, now: Date): Promise<string | null> {
    const owner = uuid7();
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(Campaign)
      .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + this.options.leaseMs) })
      .where('id = :id AND status = :status AND (lease_until IS NULL OR lease_until < :now)', { id: campaignId, status: CampaignStatus.SENDING, now })
      .execute();
    return claimed.affected === 1 ? owner : null;
  }

  /** Whether this run still holds the campaign and it is still SENDING (a cancel stops it here); the lease is extended. */
  private async renew(campaignId: string, lease: string): Promise<boolean> {
    const renewed = await this.dataSource
      .createQueryBuilder()
      .update(Campaign)
      .set({ leaseUntil: new Date(Date.now() + this.options.leaseMs) })
      .where('id = :id AND status = :status AND lease_owner = :lease', { id: campaignId, status: CampaignStatus.SENDING, lease })
      .execute();
    return renewed.affected === 1;
  }
}
