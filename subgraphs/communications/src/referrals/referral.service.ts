import { DataSource, In } from 'typeorm';
import {
  claimVersion,
  ConflictError,
  inTransaction,
  ListPage,
  NotFoundError,
  PageInput,
  paginate,
  Principal,
  SortDirection,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { Referral, ReferralStatus } from './referral.entity';
import { ReferConversationInput, ReferralFilter } from './referral.input';
import { Conversation } from '../interactions/conversation.entity';

/** What each status may become: OPEN → ACCEPTED → CLOSED, or OPEN → CLOSED. */
const NEXT_STATUSES: Record<ReferralStatus, ReferralStatus[]> = {
  [ReferralStatus.OPEN]: [ReferralStatus.ACCEPTED, ReferralStatus.CLOSED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.CLOSED],
  [ReferralStatus.CLOSED]: [],
};

export class ReferralService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Referral[]> {
    return ids.length ? this.dataSource.getRepository(Referral).find({ where: { id: In([...ids]) } }) : [];
  }

  async findByConversations(conversationIds: readonly string[]): Promise<Referral[]> {
    return conversationIds.length
      ? this.dataSource.getRepository(Referral).find({ where: { conversationId: In([...conversationIds]) }, order: { referredAt: 'ASC', id: 'ASC' } })
      : [];
  }

  /** A worklist: oldest first, so what waited longest comes first. */
  list(filter: ReferralFilter & { statuses?: ReferralStatus[] }, page: PageInput | undefined): Promise<ListPage<Referral>> {
    const qb = this.dataSource.getRepository(Referral).createQueryBuilder('referral');
    if (filter.toStaffId) qb.andWhere('referral.to_staff_id = :toStaffId', { toStaffId: filter.toStaffId });
    if (filter.team) qb.andWhere('referral.to_team = :team', { team: filter.team });
    if (filter.conversationId) qb.andWhere('referral.conversation_id = :conversationId', { conversationId: filter.conversationId });
    const statuses = filter.status ? [filter.status] : filter.statuses;
    if (statuses) qb.andWhere('referral.status IN (:...statuses)', { statuses });
    return paginate(qb, { sortProperty: 'referredAt', direction: SortDirection.ASC, page: page ?? { limit: 25 } });
  }

  async refer(input: ReferConversationInput, principal: Principal): Promise<Referral> {
    if (!input.toStaffId === !input.toTeam) {
      throw ValidationFailedError.single('input.toStaffId', 'referralTarget', 'refer to one colleague (toStaffId) or one team (toTeam)');
    }
    return inTransaction(this.dataSource, async (manager) => {
      const conversation = await manager.getRepository(Conversation).findOne({ where: { id: input.conversationId } });
      if (!conversation) throw ValidationFailedError.single('input.conversationId', 'conversationExists', 'is not a conversation');
      if (!conversation.profileId) throw ValidationFailedError.single('input.conversationId', 'notErased', 'is a conversation with an erased traveller');
      const referral = Object.assign(new Referral(), {
        id: uuid7(),
        conversationId: conversation.id,
        profileId: conversation.profileId,
        fromStaffId: principal.id,
        toStaffId: input.toStaffId ?? null,
        toTeam: input.toTeam ?? null,
        reasonGiven: input.reasonGiven.trim(),
        status: ReferralStatus.OPEN,
        referredAt: new Date(),
        acceptedAt: null,
        acceptedBy: null,
        closedAt: null,
        closedBy: null,
        version: 1,
      });
      await manager.getRepository(Referral).insert(referral);
      return referral;
    });
  }

  /** Accepting a team's referral makes it the accepting colleague's. */
  accept(id: string, expectedVersion: number, principal: Principal): Promise<Referral> {
    return this.move(id, expectedVersion, ReferralStatus.ACCEPTED, (referral, at) => {
      referral.acceptedAt = at;
      referral.acceptedBy = principal.id;
      referral.toStaffId ??= principal.id;
    });
  }

  close(id: string, expectedVersion: number, principal: Principal): Promise<Referral> {
    return this.move(id, expectedVersion, ReferralStatus.CLOSED, (referral, at) => {
      referral.closedAt = at;
      referral.closedBy = principal.id;
    });
  }

  private move(id: string, expectedVersion: number, to: ReferralStatus, stamp: (referral: Referral, at: Date) => void): Promise<Referral> {
    return inTransaction(this.dataSource, async (manager) => {
      await claimVersion(manager, Referral, 'Referral', id, expectedVersion);
      const referral = await manager.getRepository(Referral).findOne({ where: { id } });
      if (!referral) throw new NotFoundError('Referral', id);
      if (!NEXT_STATUSES[referral.status].includes(to)) {
        throw new ConflictError(`A ${referral.status} referral cannot become ${to}`, { field: 'status', rule: 'referralWorkflow', from: referral.status, to });
      }
      referral.status = to;
      stamp(referral, new Date());
      const { status, toStaffId, acceptedAt, acceptedBy, closedAt, closedBy } = referral;
      await manager.getRepository(Referral).update({ id }, { status, toStaffId, acceptedAt, acceptedBy, closedAt, closedBy });
      return referral;
    });
  }
}
