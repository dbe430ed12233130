import { DataSource } from 'typeorm';
import { bulkInsert, inTransaction, lockRowsById, PeriodicTask, uuid7 } from '@wayfarer/kit';
import { Complaint } from './complaint.entity';
import { ComplaintClock, ComplaintEscalation } from './complaint-escalation.entity';
import { nextEscalation } from './complaint-schedule';

const BATCH = 200;

/**
 * Escalates complaints whose clock has reached its warning point (escalateAtPercent of its target)
 * or breached: one escalation entry per clock and cycle, notifying the owner, the case marked
 * escalated so worklists show it. Each batch locks its complaints and re-reads them, so a second
 * run, at once or later, finds them escalated and does nothing; the entries' unique key backs that up.
 */
export async function escalateComplaints(dataSource: DataSource, now: Date = new Date()): Promise<number> {
  let escalated = 0;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const qb = dataSource
      .getRepository(Complaint)
      .createQueryBuilder('complaint')
      .select(['complaint.id', 'complaint.nextEscalationAt'])
      .where('complaint.next_escalation_at <= :now', { now })
      .orderBy('complaint.next_escalation_at')
      .addOrderBy('complaint.id')
      .limit(BATCH);
    if (after)
      qb.andWhere('(complaint.next_escalation_at > :afterAt OR (complaint.next_escalation_at = :afterAt AND complaint.id > :afterId))', {
        afterAt: after.at,
        afterId: after.id,
      });
    const due = await qb.getMany();
    if (!due.length) return escalated;
    after = { at: due[due.length - 1].nextEscalationAt!, id: due[due.length - 1].id };
    escalated += await inTransaction(dataSource, async (manager) => {
      const complaints = await lockRowsById(
        manager,
        Complaint,
        due.map((complaint) => complaint.id),
      );
      const entries: ComplaintEscalation[] = [];
      for (const complaint of complaints) {
        const raised = escalationsDue(complaint, now);
        if (!raised.length) continue;
        entries.push(...raised);
        complaint.escalatedAt = now;
        complaint.nextEscalationAt = nextEscalation(complaint);
        await manager
          .createQueryBuilder()
          .update(Complaint)
          .set({
            acknowledgeEscalated: complaint.acknowledgeEscalated,
            resolveEscalated: complaint.resolveEscalated,
            escalatedAt: now,
            nextEscalationAt: complaint.nextEscalationAt,
            updatedAt: now,
            version: () => 'version + 1',
          })
          .where('id = :id', { id: complaint.id })
          .execute();
      }
      await bulkInsert(manager, ComplaintEscalation, entries);
      return entries.length;
    });
  }
}

/** The escalations a complaint is due at `now`, marking its clocks escalated. */
function escalationsDue(complaint: Complaint, now: Date): ComplaintEscalation[] {
  const entry = (clock: ComplaintClock, dueAt: Date) =>
    Object.assign(new ComplaintEscalation(), {
      id: uuid7(),
      complaintId: complaint.id,
      clock,
      cycle: complaint.reopenCount,
      breached: dueAt.getTime() <= now.getTime(),
      dueAt,
      notifiedId: complaint.ownerId,
      escalatedAt: now,
    });
  const entries: ComplaintEscalation[] = [];
  if (complaint.acknowledgedAt === null && !complaint.acknowledgeEscalated && complaint.acknowledgeWarnAt.getTime() <= now.getTime()) {
    complaint.acknowledgeEscalated = true;
    entries.push(entry(ComplaintClock.ACKNOWLEDGE, complaint.acknowledgeDueAt));
  }
  if (complaint.resolveWarnAt && complaint.resolveDueAt && !complaint.resolveEscalated && complaint.resolveWarnAt.getTime() <= now.getTime()) {
    complaint.resolveEscalated = true;
    entries.push(entry(ComplaintClock.RESOLVE, complaint.resolveDueAt));
  }
  return entries;
}

/** Every minute: a warning is never more than a minute late. */
export function complaintTasks(dataSource: DataSource): PeriodicTask[] {
  return [{ name: 'communications-escalate-complaints', everyMs: 60_000, run: async () => void (await escalateComplaints(dataSource)) }];
}
