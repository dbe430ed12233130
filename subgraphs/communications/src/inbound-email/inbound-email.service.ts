import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  claimVersion,
  inTransaction,
  isUniqueViolation,
  ListPage,
  NotFoundError,
  PageInput,
  paginate,
  Principal,
  SortDirection,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { InteractionService } from '../interactions/interaction.service';
import { CustomerRequirement, InteractionChannel, InteractionDirection } from '../interactions/interaction-kinds';
import { MAX_SUMMARY_LENGTH } from '../interactions/interaction.input';
import { InboundEmail } from './inbound-email.entity';
import { AssignInboundEmailInput, InboundEmailAttachment, InboundEmailStatus, TriageReason } from './inbound-email.types';
import { EmailSenders } from './email-senders';

/** A message as the listener read it, checked against the limits. */
export interface CapturedMessage {
  messageId: string;
  from: string;
  /** Set for a forward: the sender of the message forwarded, null when unreadable. */
  forwardedFrom?: { originalSender: string | null };
  subject: string | null;
  text: string | null;
  sentAt: Date | null;
  attachments: InboundEmailAttachment[];
}

export type CaptureOutcome = 'FILED' | 'TRIAGE' | 'DUPLICATE';

/** A clock a minute ahead of ours is still "now": a later Date header is the sender's clock, and the arrival time stands in. */
const CLOCK_SKEW_MS = 60_000;
/** Captured mail is filed by the capture itself, not by a member of staff. */
export const CAPTURE_STAFF_ID = 'service:communications';

const hashOf = (messageId: string) => createHash('sha256').update(messageId).digest('hex');

export class InboundEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly interactions: InteractionService,
    private readonly senders: EmailSenders,
  ) {}

  /**
   * Files a message on the timeline of the one traveller its sender (a forward's original sender)
   * is, or queues it for triage; one with a Message-ID already captured is not captured again.
   */
  async capture(message: CapturedMessage, now = new Date()): Promise<CaptureOutcome> {
    const messageIdHash = hashOf(message.messageId);
    if (await this.dataSource.getRepository(InboundEmail).existsBy({ messageIdHash })) return 'DUPLICATE';
    const sender = message.forwardedFrom ? message.forwardedFrom.originalSender : message.from;
    const travellers = sender ? await this.senders.travellers(sender) : [];
    const triageReason = !sender
      ? TriageReason.ORIGINAL_SENDER_UNREADABLE
      : travellers.length === 0
        ? TriageReason.NO_MATCHING_TRAVELLER
        : travellers.length > 1
          ? TriageReason.SEVERAL_MATCHING_TRAVELLERS
          : null;
    const sentAt = message.sentAt && message.sentAt.getTime() <= now.getTime() + CLOCK_SKEW_MS ? message.sentAt : now;
    const email: InboundEmail = Object.assign(new InboundEmail(), {
      id: uuid7(),
      messageIdHash,
      messageId: message.messageId,
      status: triageReason ? InboundEmailStatus.TRIAGE : InboundEmailStatus.FILED,
      triageReason,
      fromAddress: message.from,
      originalSender: message.forwardedFrom?.originalSender ?? null,
      subject: message.subject,
      textBody: message.text,
      attachments: message.attachments,
      sentAt,
      receivedAt: now,
      profileId: triageReason ? null : travellers[0],
      interactionId: null,
      handledBy: null,
      version: 1,
      updatedAt: now,
    });
    try {
      await inTransaction(this.dataSource, async (manager) => {
        if (email.profileId) email.interactionId = (await this.file(manager, email, CAPTURE_STAFF_ID, now)).id;
        await manager.getRepository(InboundEmail).insert(email);
      });
    } catch (error) {
      // The same message delivered twice at once: the other delivery captured it.
      if (isUniqueViolation(error)) return 'DUPLICATE';
      throw error;
    }
    return triageReason ? 'TRIAGE' : 'FILED';
  }

  async findByIds(ids: readonly string[]): Promise<InboundEmail[]> {
    return ids.length ? this.dataSource.getRepository(InboundEmail).findBy(ids.map((id) => ({ id }))) : [];
  }

  list(status: InboundEmailStatus | undefined, page: PageInput | undefined): Promise<ListPage<InboundEmail>> {
    const qb = this.dataSource.getRepository(InboundEmail).createQueryBuilder('email');
    if (status) qb.where('email.status = :status', { status });
    return paginate(qb, { sortProperty: 'receivedAt', direction: SortDirection.DESC, page: page ?? { limit: 25 } });
  }

  /** From triage onto the traveller's timeline, as an e-mail the assigning staff member filed. */
  assign(id: string, input: AssignInboundEmailInput, principal: Principal): Promise<InboundEmail> {
    return this.handle(id, input.expectedVersion, async (email, manager, now) => {
      email.profileId = input.profileId;
      email.status = InboundEmailStatus.ASSIGNED;
      email.interactionId = (await this.file(manager, email, principal.id, now)).id;
      email.handledBy = principal.id;
    });
  }

  /** Out of triage for good: what it said is removed, as it concerns nobody the back office serves. */
  discard(id: string, expectedVersion: number, principal: Principal): Promise<InboundEmail> {
    return this.handle(id, expectedVersion, async (email) => {
      Object.assign(email, {
        status: InboundEmailStatus.DISCARDED,
        fromAddress: null,
        originalSender: null,
        subject: null,
        textBody: null,
        handledBy: principal.id,
      });
    });
  }

  private handle(
    id: string,
    expectedVersion: number,
    change: (email: InboundEmail, manager: EntityManager, now: Date) => Promise<void>,
  ): Promise<InboundEmail> {
    return inTransaction(this.dataSource, async (manager) => {
      const email = await manager.getRepository(InboundEmail).findOneBy({ id });
      if (!email) throw new NotFoundError('InboundEmail', id);
      if (email.status !== InboundEmailStatus.TRIAGE) throw ValidationFailedError.single('id', 'inTriage', `is ${email.status}, not waiting in triage`);
      await claimVersion(manager, InboundEmail, 'InboundEmail', id, expectedVersion);
      const now = new Date();
      await change(email, manager, now);
      email.version += 1;
      email.updatedAt = now;
      await manager.getRepository(InboundEmail).save(email);
      return email;
    });
  }

  private file(manager: EntityManager, email: InboundEmail, staffId: string, now: Date) {
    return this.interactions.logIn(
      manager,
      {
        profileId: email.profileId!,
        channel: InteractionChannel.EMAIL,
        direction: InteractionDirection.INBOUND,
        requirement: CustomerRequirement.INFORMATION,
        summary: email.subject?.slice(0, MAX_SUMMARY_LENGTH) || undefined,
        confidential: false,
      },
      staffId,
      email.sentAt,
      now,
    );
  }
}
