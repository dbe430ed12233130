import { CommunicationsFeature } from '../communications.feature';
import { Complaint } from './complaint.entity';
import { ComplaintTransition } from './complaint-transition.entity';
import { ComplaintEscalation } from './complaint-escalation.entity';
import { ComplaintSlaPolicy } from './complaint-sla-policy.entity';
import { ComplaintResolver } from './complaint.resolver';
import { ComplaintService } from './complaint.service';
import { ComplaintSlaPolicyService } from './complaint-sla-policy.service';
import { complaintSubjectPart } from './complaint-subject';
import { complaintTasks } from './complaint-escalation.task';
import { TimelineKind } from '../timeline/timeline-kind';
import { CreateComplaints1796711100000 } from '../migrations/1796711100000-create-complaints';

/** Complaints (110680L4): workflow, SLA clocks in business hours, escalation, resolution and the satisfaction follow-up. */
export const complaintsFeature: CommunicationsFeature = {
  name: 'complaints',
  entities: [Complaint, ComplaintTransition, ComplaintEscalation, ComplaintSlaPolicy],
  migrations: [CreateComplaints1796711100000],
  resolvers({ dataSource, dataSubject, timeline, interactionResolver, references }) {
    dataSubject.register(complaintSubjectPart);
    const policies = new ComplaintSlaPolicyService(dataSource);
    const resolver = new ComplaintResolver(new ComplaintService(dataSource, policies, timeline), policies, interactionResolver);
    references.Complaint = (reference, context) => resolver.load(reference.id, context);
    timeline.register({ kind: TimelineKind.COMPLAINT, type: Complaint, load: (id, context) => resolver.load(id, context) });
    return [resolver];
  },
  periodicTasks: (dataSource) => complaintTasks(dataSource),
};
