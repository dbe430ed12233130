import { EntityManager, In, IsNull } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord, uuid7 } from '@wayfarer/kit';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintTransition } from './complaint-transition.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { isSettled } from './complaint-workflow';
import { ComplaintSlaPolicy, POLICY_ID } from './complaint-sla-policy.entity';
import { pauseClock } from './complaint-clock';

/**
 * The traveller's complaints with their workflow and escalations. Erasure removes the person and
 * every free text (subject, description, resolution, satisfaction comment, transition notes) and
 * keeps what complaint statistics need: category, severity, clocks, outcome and score. An open
 * complaint can no longer be pursued, so it is closed, its clocks stopped, by the system.
 */
export const complaintSubjectPart: DataSubjectPart = {
  name: 'complaints',
  async export(manager: EntityManager, subjectId: string) {
    const complaints = await manager.getRepository(Complaint).find({ where: { profileId: subjectId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!complaints.length) return null;
    const ids = complaints.map((complaint) => complaint.id);
    const transitions = await manager.getRepository(ComplaintTransition).find({ where: { complaintId: In(ids) }, order: { at: 'ASC', id: 'ASC' } });
    const escalations = await manager.getRepository(ComplaintEscalation).find({ where: { complaintId: In(ids) }, order: { escalatedAt: 'ASC', id: 'ASC' } });
    return complaints.map((complaint) => ({
      ...subjectRecord(complaint),
      transitions: transitions.filter((row) => row.complaintId === complaint.id).map((row) => subjectRecord(row)),
      escalations: escalations.filter((row) => row.complaintId === complaint.id).map((row) => subjectRecord(row)),
    }));
  },
  async erase(manager: EntityManager, subjectId: string) {
    const complaints = await manager.getRepository(Complaint).find({ where: { profileId: subjectId, erasedAt: IsNull() } });
    if (!complaints.length) return DataSubjectErasureOutcome.NOT_FOUND;
    const now = new Date();
    const ids = complaints.map((complaint) => complaint.id);
    await manager.getRepository(ComplaintTransition).update({ complaintId: In(ids) }, { note: null });
    const open = complaints.filter((complaint) => !isSettled(complaint.status));
    if (open.length)
      await manager.getRepository(ComplaintTransition).insert(
        open.map((complaint) =>
          Object.assign(new ComplaintTransition(), {
            id: uuid7(),
            complaintId: complaint.id,
            fromStatus: complaint.status,
            toStatus: ComplaintStatus.CLOSED,
            note: null,
            byId: null,
            at: now,
          }),
        ),
      );
    const anonymous = {
      profileId: null,
      subject: null,
      description: null,
      resolution: null,
      satisfactionComment: null,
      conversationId: null,
      erasedAt: now,
      updatedAt: now,
    };
    await manager
      .createQueryBuilder()
      .update(Complaint)
      .set({ ...anonymous, version: () => 'version + 1' })
      .where('id IN (:...ids)', { ids })
      .execute();
    const hours = (await manager.getRepository(ComplaintSlaPolicy).findOneByOrFail({ id: POLICY_ID })).hours;
    for (const complaint of open) {
      complaint.resolveClock = pauseClock(complaint.resolveClock, now, hours);
      await manager.getRepository(Complaint).update(complaint.id, {
        status: ComplaintStatus.CLOSED,
        closedAt: now,
        resolveUsedMs: complaint.resolveUsedMs,
        resolveRunningSince: null,
        resolveDueAt: null,
        resolveWarnAt: null,
        nextEscalationAt: null,
      });
    }
    return DataSubjectErasureOutcome.ERASED;
  },
};
