import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictError, inTransaction, ListPage, NotFoundError, paginate, SortDirection, updateWithVersion, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Undertaking, UndertakingStatus } from './undertaking.entity';
import { MyUndertakingsArgs, UndertakingFilter, UndertakingListArgs, UndertakingSortField } from './undertaking-list.args';
import { CloseUndertakingInput, CreateUndertakingInput, DelayExplanationInput, UpdateUndertakingInput } from './undertaking.input';
import { travellersConversation } from '../interactions/travellers-conversation';
import { Timeline } from '../timeline/timeline';
import { TimelineKind } from '../timeline/timeline-kind';

export class UndertakingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: Timeline,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Undertaking[]> {
    return ids.length ? this.dataSource.getRepository(Undertaking).find({ where: { id: In([...ids]) } }) : [];
  }

  async list(args: UndertakingListArgs, now = new Date()): Promise<ListPage<Undertaking>> {
    return this.page(args.filter ?? {}, args, now);
  }

  /** The caller's worklist: their open undertakings, soonest due first. */
  async ofOwner(ownerId: string, args: MyUndertakingsArgs, now = new Date()): Promise<ListPage<Undertaking>> {
    return this.page({ ownerId, status: UndertakingStatus.OPEN, overdue: args.overdue, dueBefore: args.dueBefore }, { page: args.page }, now);
  }

  private page(filter: UndertakingFilter, args: Pick<UndertakingListArgs, 'sort' | 'page'>, now: Date): Promise<ListPage<Undertaking>> {
    const qb = this.dataSource.getRepository(Undertaking).createQueryBuilder('undertaking');
    if (filter.ids) qb.andWhere('undertaking.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.ownerId) qb.andWhere('undertaking.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.team) qb.andWhere('undertaking.team = :team', { team: filter.team });
    if (filter.profileId) qb.andWhere('undertaking.profile_id = :profileId', { profileId: filter.profileId });
    if (filter.status) qb.andWhere('undertaking.status = :status', { status: filter.status });
    if (filter.dueBefore) qb.andWhere('undertaking.due_at < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.overdue === true) qb.andWhere('undertaking.status = :open AND undertaking.due_at < :now', { open: UndertakingStatus.OPEN, now });
    if (filter.overdue === false) qb.andWhere('(undertaking.status <> :open OR undertaking.due_at >= :now)', { open: UndertakingStatus.OPEN, now });
    return paginate(qb, {
      sortProperty: args.sort?.field ?? UndertakingSortField.DUE_AT,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  /** `now` is when the promise was made: the demo makes some in the past. */
  async create(input: CreateUndertakingInput, callerId: string, now = new Date()): Promise<Undertaking> {
    if (input.dueAt.getTime() <= now.getTime()) throw ValidationFailedError.single('input.dueAt', 'notInPast', 'must be later than now');
    const undertaking = Object.assign(new Undertaking(), {
      id: uuid7(),
      profileId: input.profileId,
      description: input.description.trim(),
      dueAt: input.dueAt,
      ownerId: input.ownerId ?? callerId,
      team: input.team ?? null,
      status: UndertakingStatus.OPEN,
      conversationId: input.conversationId ?? null,
      delayNote: null,
      customerTold: null,
      customerToldAt: null,
      closedAt: null,
      createdById: callerId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(this.dataSource, async (manager) => {
      if (input.conversationId) await travellersConversation(manager, 'input.conversationId', input.conversationId, input.profileId);
      await manager.getRepository(Undertaking).insert(undertaking);
      await this.timeline.record(manager, { kind: TimelineKind.UNDERTAKING, id: undertaking.id, profileId: undertaking.profileId, occurredAt: now });
      return undertaking;
    });
  }

  /** A stale expectedVersion is CONFLICT (checked in the UPDATE itself); a refused change writes nothing. */
  async update(id: string, input: UpdateUndertakingInput): Promise<Undertaking> {
    return this.change(id, input.expectedVersion, (undertaking, now) => {
      if (input.dueAt && input.dueAt.getTime() <= now.getTime()) throw ValidationFailedError.single('input.dueAt', 'notInPast', 'must be later than now');
      explainDelay(undertaking, input, now);
      if (input.description !== undefined) undertaking.description = input.description.trim();
      if (input.dueAt) undertaking.dueAt = input.dueAt;
      if (input.ownerId) undertaking.ownerId = input.ownerId;
      if (input.team !== undefined) undertaking.team = input.team;
    });
  }

  async close(id: string, status: UndertakingStatus.DONE | UndertakingStatus.CANCELLED, input: CloseUndertakingInput): Promise<Undertaking> {
    return this.change(id, input.expectedVersion, (undertaking, now) => {
      explainDelay(undertaking, input, now);
      undertaking.status = status;
      undertaking.closedAt = now;
    });
  }

  private async change(id: string, expectedVersion: number, apply: (undertaking: Undertaking, now: Date) => void): Promise<Undertaking> {
    return inTransaction(this.dataSource, async (manager: EntityManager) => {
      const undertaking = await manager.getRepository(Undertaking).findOne({ where: { id } });
      if (!undertaking) throw new NotFoundError('Undertaking', id);
      if (undertaking.status !== UndertakingStatus.OPEN)
        throw new ConflictError(`Undertaking ${id} is ${undertaking.status}; only an open undertaking changes`, { field: 'id', rule: 'isOpen' });
      const now = new Date();
      apply(undertaking, now);
      undertaking.updatedAt = now;
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = undertaking;
      await updateWithVersion(manager, Undertaking, 'Undertaking', id, expectedVersion, columns);
      undertaking.version = expectedVersion + 1;
      return undertaking;
    });
  }
}

/**
 * PC10: once the promised time has passed, no change (rescheduling, completing, cancelling) without
 * the explanation given to the traveller and whether, and when, they were told. Applies what was given.
 */
function explainDelay(undertaking: Undertaking, input: DelayExplanationInput, now: Date): void {
  if (input.customerToldAt && input.customerTold === false)
    throw ValidationFailedError.single('input.customerToldAt', 'onlyWhenTold', 'is given only when customerTold is true');
  if (input.customerToldAt && input.customerToldAt.getTime() > now.getTime())
    throw ValidationFailedError.single('input.customerToldAt', 'notInFuture', 'must not be in the future');
  if (input.delayNote !== undefined && input.customerTold === undefined)
    throw ValidationFailedError.single('input.customerTold', 'requiredWithDelayNote', 'must say whether the traveller was told of the delay');
  if (input.customerTold !== undefined && input.delayNote === undefined && !undertaking.delayNote)
    throw ValidationFailedError.single('input.delayNote', 'requiredWithCustomerTold', 'must give the delay explanation the traveller was told');
  if (undertaking.overdueAt(now) && !undertaking.delayNote && input.delayNote === undefined)
    throw ValidationFailedError.single(
      'input.delayNote',
      'requiredWhenOverdue',
      'is required: the promised time has passed, so record the delay explanation given to the traveller',
    );
  if (input.delayNote !== undefined) undertaking.delayNote = input.delayNote.trim();
  if (input.customerTold !== undefined) {
    undertaking.customerTold = input.customerTold;
    undertaking.customerToldAt = input.customerTold ? (input.customerToldAt ?? now) : null;
  }
}
