import { DataSource, EntityManager, In } from 'typeorm';
import {
  claimVersion,
  consentInForce,
  ForbiddenError,
  GatewayCall,
  hasScopes,
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  Principal,
  SortDirection,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { Conversation } from './conversation.entity';
import { VOICE_CHANNELS } from './interaction-kinds';
import { ConversationListArgs, InteractionListArgs } from './interaction-list.args';
import { LogInteractionInput, RecordingAgreementInput, UpdateInteractionInput } from './interaction.input';
import { travellersConversation } from './travellers-conversation';
import { Timeline } from '../timeline/timeline';
import { TimelineKind } from '../timeline/timeline-kind';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';

/** A clock a minute ahead of ours is still "now", not the future. */
const CLOCK_SKEW_MS = 60_000;

export const readsConfidential = (principal: Principal) => hasScopes(principal, [[COMMUNICATIONS_SCOPES.readConfidential]]);

/** `%words%` for `LIKE … ESCAPE '!'`, the same on MySQL and SQLite. */
const likeContaining = (words: string) => `%${words.toLowerCase().replace(/[!%_]/g, (character) => `!${character}`)}%`;

export class InteractionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: Timeline,
    private readonly askProfiles: GatewayCall,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Interaction[]> {
    return ids.length ? this.dataSource.getRepository(Interaction).find({ where: { id: In([...ids]) } }) : [];
  }

  async findConversationsByIds(ids: readonly string[]): Promise<Conversation[]> {
    return ids.length ? this.dataSource.getRepository(Conversation).find({ where: { id: In([...ids]) } }) : [];
  }

  async hasAny(): Promise<boolean> {
    return (await this.dataSource.getRepository(Interaction).count({ take: 1 })) > 0;
  }

  async list(args: InteractionListArgs, principal: Principal, only: { confidentialOnly?: boolean } = {}): Promise<ListPage<Interaction>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(Interaction).createQueryBuilder('interaction');
    if (only.confidentialOnly) qb.andWhere('interaction.confidential = :confidential', { confidential: true });
    if (filter.profileId) qb.andWhere('interaction.profile_id = :profileId', { profileId: filter.profileId });
    if (filter.conversationId) qb.andWhere('interaction.conversation_id = :conversationId', { conversationId: filter.conversationId });
    if (filter.staffId) qb.andWhere('interaction.staff_id = :staffId', { staffId: filter.staffId });
    if (filter.channel) qb.andWhere('interaction.channel = :channel', { channel: filter.channel });
    if (filter.requirement) qb.andWhere('interaction.requirement = :requirement', { requirement: filter.requirement });
    // Stored as each database stores the column, so the comparison is of like with like.
    const stored = (date: Date) =>
      this.dataSource.driver.preparePersistentValue(date, qb.expressionMap.mainAlias!.metadata.findColumnWithPropertyName('occurredAt')!);
    if (filter.occurredFrom) qb.andWhere('interaction.occurred_at >= :occurredFrom', { occurredFrom: stored(filter.occurredFrom) });
    if (filter.occurredBefore) qb.andWhere('interaction.occurred_at < :occurredBefore', { occurredBefore: stored(filter.occurredBefore) });
    if (filter.search) {
      // Free text has no index: the words are looked for among one traveller's or one conversation's interactions only.
      if (!filter.profileId && !filter.conversationId) {
        throw ValidationFailedError.single(
          'filter.search',
          'searchWithin',
          'is searched within one traveller (profileId) or one conversation (conversationId)',
        );
      }
      const pattern = likeContaining(filter.search.trim());
      qb.andWhere("(LOWER(interaction.summary) LIKE :pattern ESCAPE '!' OR LOWER(interaction.outcome) LIKE :pattern ESCAPE '!')", { pattern });
      if (!readsConfidential(principal)) qb.andWhere('interaction.confidential = :notConfidential', { notConfidential: false });
    }
    return paginate(qb, { sortProperty: 'occurredAt', direction: args.direction, page: args.page ?? { limit: 25 } });
  }

  async listConversations(args: ConversationListArgs): Promise<ListPage<Conversation>> {
    const qb = this.dataSource
      .getRepository(Conversation)
      .createQueryBuilder('conversation')
      .where('conversation.profile_id = :profileId', { profileId: args.filter.profileId });
    return paginate(qb, { sortProperty: 'lastInteractionAt', direction: SortDirection.DESC, page: args.page ?? { limit: 25 } });
  }

  /**
   * Everything is checked before anything is written: the recording rules (PC3), profiles' answer on
   * CALL_RECORDING consent (asked through the gateway, outside the transaction), and that a given
   * conversation is this traveller's. The interaction, its conversation and its timeline entry are
   * then written in one transaction.
   */
  async log(input: LogInteractionInput, principal: Principal): Promise<Interaction> {
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw ValidationFailedError.single('input.occurredAt', 'notInFuture', 'cannot be in the future');
    const staffId = input.staffId ?? principal.id;
    if (input.recording) await this.checkRecording(input, input.recording);

    return inTransaction(this.dataSource, (manager) => this.logIn(manager, input, staffId, occurredAt, now));
  }

  /** Writes a checked interaction, its conversation and its timeline entry in the caller's transaction: captured e-mail is filed with it. */
  async logIn(manager: EntityManager, input: LogInteractionInput, staffId: string, occurredAt: Date, now: Date): Promise<Interaction> {
    const conversation = input.conversationId
      ? await travellersConversation(manager, 'input.conversationId', input.conversationId, input.profileId)
      : await this.openConversation(manager, input.profileId, staffId, occurredAt);
    const recording = input.recording;
    const interaction = Object.assign(new Interaction(), {
      id: uuid7(),
      conversationId: conversation.id,
      profileId: input.profileId,
      channel: input.channel,
      direction: input.direction,
      requirement: input.requirement,
      occurredAt,
      durationSeconds: input.durationSeconds ?? null,
      staffId,
      summary: input.summary?.trim() || null,
      outcome: input.outcome?.trim() || null,
      confidential: input.confidential,
      recorded: recording?.recorded ?? false,
      monitored: recording?.monitored ?? false,
      customerAgreedAt: recording ? (recording.agreedAt ?? occurredAt) : null,
      agreementTakenBy: recording ? (recording.takenByStaffId ?? staffId) : null,
      erasedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await manager.getRepository(Interaction).insert(interaction);
    if (conversation.lastInteractionAt < occurredAt)
      await manager.getRepository(Conversation).update({ id: conversation.id }, { lastInteractionAt: occurredAt });
    await this.timeline.record(manager, {
      kind: TimelineKind.INTERACTION,
      id: interaction.id,
      profileId: input.profileId,
      occurredAt,
      channel: input.channel,
    });
    return interaction;
  }

  /** A confidential interaction is changed only by someone who may read it, so nobody edits or un-marks what they cannot see. */
  async update(id: string, input: UpdateInteractionInput, principal: Principal): Promise<Interaction> {
    return inTransaction(this.dataSource, async (manager) => {
      const interaction = await manager.getRepository(Interaction).findOne({ where: { id } });
      if (!interaction) throw new NotFoundError('Interaction', id);
      if (interaction.confidential && !readsConfidential(principal))
        throw new ForbiddenError('A confidential interaction is changed only with communications.confidential:read');
      if (interaction.erasedAt) throw ValidationFailedError.single('id', 'notErased', 'belongs to an erased traveller');
      await claimVersion(manager, Interaction, 'Interaction', id, input.expectedVersion);
      if (input.requirement !== undefined) interaction.requirement = input.requirement;
      if (input.durationSeconds !== undefined) interaction.durationSeconds = input.durationSeconds;
      if (input.summary !== undefined) interaction.summary = input.summary.trim() || null;
      if (input.outcome !== undefined) interaction.outcome = input.outcome.trim() || null;
      if (input.confidential !== undefined) interaction.confidential = input.confidential;
      interaction.updatedAt = new Date();
      interaction.version = input.expectedVersion + 1;
      const { requirement, durationSeconds, summary, outcome, confidential, updatedAt } = interaction;
      await manager.getRepository(Interaction).update({ id }, { requirement, durationSeconds, summary, outcome, confidential, updatedAt });
      return interaction;
    });
  }

  /** PC3: only a voice or video call is recorded or monitored, only with the customer told and agreeing, and a recording only with their CALL_RECORDING consent. */
  private async checkRecording(input: LogInteractionInput, recording: RecordingAgreementInput): Promise<void> {
    if (!recording.recorded && !recording.monitored) {
      throw ValidationFailedError.single('input.recording', 'recordedOrMonitored', 'says the call was recorded, monitored or both; leave it out otherwise');
    }
    if (!VOICE_CHANNELS.has(input.channel)) {
      throw ValidationFailedError.single('input.recording', 'voiceChannel', 'only TELEPHONE, VIDEO and VOIP interactions are recorded or monitored');
    }
    if (!recording.customerToldAndAgreed) {
      throw ValidationFailedError.single(
        'input.recording.customerToldAndAgreed',
        'customerAgreement',
        'the customer must be told of the recording or monitoring and agree to it',
      );
    }
    if (recording.agreedAt && recording.agreedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw ValidationFailedError.single('input.recording.agreedAt', 'notInFuture', 'cannot be in the future');
    }
    if (recording.recorded && !(await consentInForce(this.askProfiles, input.profileId, 'CALL_RECORDING'))) {
      throw ValidationFailedError.single('input.recording.recorded', 'callRecordingConsent', 'the traveller has no call-recording consent in force');
    }
  }

  private async openConversation(manager: EntityManager, profileId: string, openedBy: string, at: Date): Promise<Conversation> {
    const conversation = Object.assign(new Conversation(), { id: uuid7(), profileId, openedAt: at, openedBy, lastInteractionAt: at });
    await manager.getRepository(Conversation).insert(conversation);
    return conversation;
  }
}
