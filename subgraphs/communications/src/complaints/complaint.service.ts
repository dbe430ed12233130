import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ConflictError, inTransaction, ListPage, NotFoundError, paginate, SortDirection, updateWithVersion, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintTransition } from './complaint-transition.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintListArgs, ComplaintSortField } from './complaint-list.args';
import { OpenComplaintInput, RecordComplaintSatisfactionInput, TransitionComplaintInput, UpdateComplaintInput } from './complaint.input';
import { ComplaintSlaPolicyService } from './complaint-sla-policy.service';
import { pauseClock, resumeClock, startedClock } from './complaint-clock';
import { COMPLAINT_WORKFLOW, isSettled, RESOLVE_CLOCK_STOPPED } from './complaint-workflow';
import { scheduleClocks } from './complaint-schedule';
import { travellersConversation } from '../interactions/travellers-conversation';
import { Timeline } from '../timeline/timeline';
import { TimelineKind } from '../timeline/timeline-kind';

const DAY_MS = 86_400_000;

/** Either clock breached, now or when it stopped; every part is true or false (never NULL), so its negation holds too. */
const BREACHED = `(complaint.acknowledge_late = 1 OR complaint.resolve_late = 1
  OR (complaint.acknowledged_at IS NULL AND complaint.acknowledge_due_at < :now)
  OR (complaint.resolve_due_at IS NOT NULL AND complaint.resolve_due_at < :now))`;
const ESCALATED = '(complaint.acknowledge_escalated = 1 OR complaint.resolve_escalated = 1)';

export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: ComplaintSlaPolicyService,
    private readonly timeline: Timeline,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Complaint[]> {
    return ids.length ? this.dataSource.getRepository(Complaint).find({ where: { id: In([...ids]) } }) : [];
  }

  async transitionsOf(complaintIds: readonly string[]): Promise<ComplaintTransition[]> {
    return this.dataSource.getRepository(ComplaintTransition).find({ where: { complaintId: In([...complaintIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  async escalationsOf(complaintIds: readonly string[]): Promise<ComplaintEscalation[]> {
    return this.dataSource.getRepository(ComplaintEscalation).find({ where: { complaintId: In([...complaintIds]) }, order: { escalatedAt: 'ASC', id: 'ASC' } });
  }

  async list(args: ComplaintListArgs, now = new Date()): Promise<ListPage<Complaint>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(Complaint).createQueryBuilder('complaint');
    if (filter.ids) qb.andWhere('complaint.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.profileId) qb.andWhere('complaint.profile_id = :profileId', { profileId: filter.profileId });
    if (filter.ownerId) qb.andWhere('complaint.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.team) qb.andWhere('complaint.team = :team', { team: filter.team });
    if (filter.status) qb.andWhere('complaint.status = :status', { status: filter.status });
    if (filter.category) qb.andWhere('complaint.category = :category', { category: filter.category });
    if (filter.severity) qb.andWhere('complaint.severity = :severity', { severity: filter.severity });
    if (filter.escalated !== undefined) qb.andWhere(filter.escalated ? ESCALATED : `NOT ${ESCALATED}`);
    if (filter.breached !== undefined) qb.andWhere(filter.breached ? BREACHED : `NOT ${BREACHED}`, { now });
    if (filter.followUpDueBefore)
      qb.andWhere('complaint.follow_up_due_at < :followUpDueBefore AND complaint.satisfaction_recorded_at IS NULL', {
        followUpDueBefore: filter.followUpDueBefore,
      });
    return paginate(qb, {
      sortProperty: args.sort?.field ?? ComplaintSortField.CREATED_AT,
      direction: args.sort?.direction ?? (args.sort ? SortDirection.ASC : SortDirection.DESC),
      page: args.page ?? { limit: 25 },
    });
  }

  /** `now` is when it was received: the demo receives some in the past. */
  async open(input: OpenComplaintInput, callerId: string, now = new Date()): Promise<Complaint> {
    return inTransaction(this.dataSource, async (manager) => {
      if (input.conversationId) await travellersConversation(manager, 'input.conversationId', input.conversationId, input.profileId);
      const policy = await this.policies.current(manager);
      const complaint = Object.assign(new Complaint(), {
        id: uuid7(),
        profileId: input.profileId,
        subject: input.subject.trim(),
        description: input.description.trim(),
        category: input.category,
        severity: input.severity,
        status: ComplaintStatus.NEW,
        ownerId: input.ownerId ?? callerId,
        team: input.team ?? null,
        conversationId: input.conversationId ?? null,
        reopenCount: 0,
        acknowledgedAt: null,
        acknowledgeLate: false,
        acknowledgeEscalated: false,
        resolveLate: false,
        resolveEscalated: false,
        escalatedAt: null,
        resolution: null,
        resolvedAt: null,
        closedAt: null,
        followUpDueAt: null,
        satisfactionScore: null,
        satisfactionComment: null,
        satisfactionRecordedAt: null,
        createdById: callerId,
        erasedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      complaint.resolveClock = startedClock(now);
      scheduleClocks(complaint, policy);
      await manager.getRepository(Complaint).insert(complaint);
      await this.record(manager, complaint, null, null, callerId, now);
      await this.timeline.record(manager, { kind: TimelineKind.COMPLAINT, id: complaint.id, profileId: input.profileId, occurredAt: now });
      return complaint;
    });
  }

  async update(id: string, input: UpdateComplaintInput): Promise<Complaint> {
    return this.change(id, input.expectedVersion, async (manager, complaint) => {
      if (input.subject !== undefined) complaint.subject = input.subject.trim();
      if (input.description !== undefined) complaint.description = input.description.trim();
      if (input.category) complaint.category = input.category;
      if (input.ownerId) complaint.ownerId = input.ownerId;
      if (input.team !== undefined) complaint.team = input.team;
      if (input.severity && input.severity !== complaint.severity) {
        complaint.severity = input.severity;
        scheduleClocks(complaint, await this.policies.current(manager));
      }
    });
  }

  /** Moves the complaint along its workflow, starting and stopping the resolve clock, and records who, when and why. */
  async transition(id: string, input: TransitionComplaintInput, callerId: string): Promise<Complaint> {
    return this.change(id, input.expectedVersion, async (manager, complaint, now) => {
      const from = complaint.status;
      const allowed = COMPLAINT_WORKFLOW[from];
      if (!allowed.includes(input.to))
        throw new ConflictError(`A ${from} complaint cannot move to ${input.to}; it may move to ${allowed.join(' or ')}`, {
          field: 'input.to',
          rule: 'allowedTransition',
          from,
          to: input.to,
          allowed,
        });
      if (input.to === ComplaintStatus.RESOLVED && input.resolution === undefined)
        throw ValidationFailedError.single('input.resolution', 'requiredToResolve', 'is required to resolve a complaint');
      if (input.to !== ComplaintStatus.RESOLVED && input.resolution !== undefined)
        throw ValidationFailedError.single('input.resolution', 'onlyWhenResolving', 'is given only when moving to RESOLVED');
      const policy = await this.policies.current(manager);
      switch (input.to) {
        case ComplaintStatus.ACKNOWLEDGED:
          complaint.acknowledgedAt = now;
          complaint.acknowledgeLate = now.getTime() > complaint.acknowledgeDueAt.getTime();
          break;
        case ComplaintStatus.RESOLVED:
          complaint.resolution = input.resolution!.trim();
          complaint.resolvedAt = now;
          complaint.followUpDueAt = new Date(now.getTime() + policy.followUpAfterDays * DAY_MS);
          break;
        case ComplaintStatus.CLOSED:
          complaint.closedAt = now;
          break;
        case ComplaintStatus.REOPENED:
          complaint.reopenCount += 1;
          complaint.resolvedAt = null;
          complaint.closedAt = null;
          complaint.followUpDueAt = null;
          complaint.resolveEscalated = false;
          break;
      }
      complaint.resolveClock = RESOLVE_CLOCK_STOPPED.has(input.to)
        ? pauseClock(complaint.resolveClock, now, policy.hours)
        : resumeClock(complaint.resolveClock, now);
      complaint.status = input.to;
      scheduleClocks(complaint, policy);
      await this.record(manager, complaint, from, input.note?.trim() ?? null, callerId, now);
    });
  }

  async recordSatisfaction(id: string, input: RecordComplaintSatisfactionInput): Promise<Complaint> {
    return this.change(id, input.expectedVersion, async (_manager, complaint, now) => {
      if (!isSettled(complaint.status))
        throw new ConflictError(`Complaint ${id} is ${complaint.status}; satisfaction is asked after resolution`, { field: 'id', rule: 'isResolved' });
      if (complaint.satisfactionRecordedAt)
        throw new ConflictError(`Complaint ${id} has its satisfaction answer already`, { field: 'input.score', rule: 'recordedOnce' });
      complaint.satisfactionScore = input.score;
      complaint.satisfactionComment = input.comment?.trim() ?? null;
      complaint.satisfactionRecordedAt = now;
    });
  }

  private async change(
    id: string,
    expectedVersion: number,
    apply: (manager: EntityManager, complaint: Complaint, now: Date) => Promise<void>,
  ): Promise<Complaint> {
    return inTransaction(this.dataSource, async (manager) => {
      const complaint = await manager.getRepository(Complaint).findOne({ where: { id, erasedAt: IsNull() } });
      if (!complaint) throw new NotFoundError('Complaint', id);
      const now = new Date();
      await apply(manager, complaint, now);
      complaint.updatedAt = now;
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = complaint;
      await updateWithVersion(manager, Complaint, 'Complaint', id, expectedVersion, columns);
      complaint.version = expectedVersion + 1;
      return complaint;
    });
  }

  private async record(manager: EntityManager, complaint: Complaint, from: ComplaintStatus | null, note: string | null, byId: string, at: Date): Promise<void> {
    await manager
      .getRepository(ComplaintTransition)
      .insert(
        Object.assign(new ComplaintTransition(), { id: uuid7(), complaintId: complaint.id, fromStatus: from, toStatus: complaint.status, note, byId, at }),
      );
  }
}
