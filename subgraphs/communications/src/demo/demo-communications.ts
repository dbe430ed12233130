import { demoId, Logger, Principal, seededRandom } from '@wayfarer/kit';
import { CommunicationsServices } from '../communications.feature';
import { CustomerRequirement, InteractionChannel, InteractionDirection } from '../interactions/interaction-kinds';
import { ReferralService } from '../referrals/referral.service';
import { UndertakingService } from '../undertakings/undertaking.service';
import { ComplaintService } from '../complaints/complaint.service';
import { ComplaintSlaPolicyService } from '../complaints/complaint-sla-policy.service';
import { ComplaintCategory, ComplaintStatus } from '../complaints/complaint.entity';
import { ComplaintSeverity } from '../complaints/complaint-sla-policy.entity';
import { escalateComplaints } from '../complaints/complaint-escalation.task';
import { FeedbackService } from '../feedback/feedback.service';
import { FeedbackChannel, FeedbackProductType } from '../feedback/feedback.entity';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Demo travellers (by number) with conversations. */
export const DEMO_CONVERSATION_HOLDERS = 36;
/** Who the demo's notable records belong to, by demo traveller number. */
export const DEMO_COMMUNICATIONS = {
  switchedChannel: 0,
  confidential: 1,
  referred: 2,
  overdueUndertaking: 3,
  undertakingDueToday: 4,
  /** One complaint each, in this order of states; the first, received days ago and never acknowledged, is escalated. */
  complaints: [6, 7, 8, 9, 10, 11],
  feedback: [12, 13, 14, 15, 16, 17, 18, 19],
  referralTeam: 'GROUPS',
} as const;

const traveller = (index: number) => demoId({ kind: 'traveller', index });
const staff = (username: string): Principal => ({ id: demoId({ kind: 'staff', username }), kind: 'staff', roles: [username], scopes: [], client: 'demo' });
const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];

const SUMMARIES = [
  'Asked to move the Lisbon flight',
  'Wanted a quote for a family week in Crete',
  'Asked about visa rules for Japan',
  'Changed the hotel dates',
];
const COMPLAINT_PATH: ComplaintStatus[][] = [
  [],
  [ComplaintStatus.ACKNOWLEDGED],
  [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING],
  [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING, ComplaintStatus.WAITING_ON_CUSTOMER],
  [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED],
  [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED],
];
const SUPPLIERS = [
  { supplierCode: 'MARRIOTT', supplierName: 'Marriott', productType: FeedbackProductType.HOTEL },
  { supplierCode: 'BA', supplierName: 'British Airways', productType: FeedbackProductType.FLIGHT },
  { supplierCode: 'HERTZ', supplierName: 'Hertz', productType: FeedbackProductType.CAR },
];

/**
 * The demo's conversations, referral, undertakings, complaints and feedback, through the features'
 * own services as staff would record them, into an empty database only (no interaction yet).
 */
export async function seedDemoCommunications(services: CommunicationsServices, logger: Logger, now = new Date()): Promise<void> {
  if (await services.interactions.hasAny()) return;
  const { dataSource, timeline, interactions } = services;
  const agent = staff('agent');
  const supervisor = staff('supervisor');
  const random = seededRandom(1414);
  const channels = Object.values(InteractionChannel);

  const conversations: string[] = [];
  for (let index = 0; index < DEMO_CONVERSATION_HOLDERS; index++) {
    const opened = new Date(now.getTime() - (2 + Math.floor(random() * 60)) * DAY_MS - Math.floor(random() * 8) * HOUR_MS);
    const first = await interactions.log(
      {
        profileId: traveller(index),
        channel: index === DEMO_COMMUNICATIONS.switchedChannel ? InteractionChannel.TELEPHONE : pick(random, channels),
        direction: InteractionDirection.INBOUND,
        requirement: pick(random, [CustomerRequirement.INFORMATION, CustomerRequirement.BOOKING]),
        occurredAt: opened,
        summary: index === DEMO_COMMUNICATIONS.confidential ? 'Disclosed a medical condition affecting the trip' : pick(random, SUMMARIES),
        confidential: index === DEMO_COMMUNICATIONS.confidential,
      },
      agent,
    );
    conversations.push(first.conversationId);
    // The switch of channel continues the same conversation: the call, then the itinerary by e-mail.
    if (index === DEMO_COMMUNICATIONS.switchedChannel || random() < 0.4) {
      await interactions.log(
        {
          profileId: traveller(index),
          conversationId: first.conversationId,
          channel: index === DEMO_COMMUNICATIONS.switchedChannel ? InteractionChannel.EMAIL : pick(random, channels),
          direction: InteractionDirection.OUTBOUND,
          requirement: first.requirement,
          occurredAt: new Date(opened.getTime() + HOUR_MS),
          summary: 'Sent the new itinerary',
          outcome: 'Traveller confirmed',
          confidential: false,
        },
        agent,
      );
    }
  }

  await new ReferralService(dataSource).refer(
    {
      conversationId: conversations[DEMO_COMMUNICATIONS.referred],
      toTeam: DEMO_COMMUNICATIONS.referralTeam,
      reasonGiven: 'Our groups desk handles parties of ten or more',
    },
    agent,
  );

  const undertakings = new UndertakingService(dataSource, timeline);
  const endOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59));
  await undertakings.create(
    { profileId: traveller(DEMO_COMMUNICATIONS.overdueUndertaking), description: 'Call back with the refund amount', dueAt: new Date(now.getTime() - DAY_MS) },
    agent.id,
    new Date(now.getTime() - 3 * DAY_MS),
  );
  await undertakings.create(
    {
      profileId: traveller(DEMO_COMMUNICATIONS.undertakingDueToday),
      description: 'Send the visa invitation letter',
      dueAt: endOfToday.getTime() > now.getTime() + 60_000 ? endOfToday : new Date(now.getTime() + 60_000),
      team: 'VISA_DESK',
      conversationId: conversations[DEMO_COMMUNICATIONS.undertakingDueToday],
    },
    agent.id,
  );
  await undertakings.create(
    { profileId: traveller(5), description: 'Confirm the rebooked ferry', dueAt: new Date(now.getTime() + 3 * DAY_MS), ownerId: supervisor.id },
    agent.id,
  );

  const complaints = new ComplaintService(dataSource, new ComplaintSlaPolicyService(dataSource), timeline);
  for (const [position, index] of DEMO_COMMUNICATIONS.complaints.entries()) {
    const escalated = position === 0;
    let complaint = await complaints.open(
      {
        profileId: traveller(index),
        subject: escalated ? 'Stranded without a transfer' : pick(random, ['Noisy room', 'Lost luggage', 'Charged twice', 'Late refund']),
        description: 'The traveller’s account of what happened',
        category: pick(random, [ComplaintCategory.SERVICE, ComplaintCategory.SUPPLIER, ComplaintCategory.BILLING]),
        severity: escalated ? ComplaintSeverity.CRITICAL : ComplaintSeverity.MEDIUM,
        conversationId: conversations[index],
      },
      agent.id,
      escalated ? new Date(now.getTime() - 5 * DAY_MS) : now,
    );
    for (const to of COMPLAINT_PATH[position]) {
      const resolution = to === ComplaintStatus.RESOLVED ? 'Refunded the second charge' : undefined;
      complaint = await complaints.transition(complaint.id, { expectedVersion: complaint.version, to, resolution }, supervisor.id);
    }
  }
  await escalateComplaints(dataSource, now);

  const feedback = new FeedbackService(dataSource, timeline);
  for (const [position, index] of DEMO_COMMUNICATIONS.feedback.entries()) {
    await feedback.record(
      {
        ...SUPPLIERS[position % SUPPLIERS.length],
        profileId: traveller(index),
        rating: 1 + Math.floor(random() * 5),
        comment: pick(random, ['Lovely stay', 'Delayed by two hours', 'Friendly staff', undefined]),
        channel: position % 2 ? FeedbackChannel.SURVEY : FeedbackChannel.EMAIL,
        givenAt: new Date(now.getTime() - (1 + position) * DAY_MS),
      },
      agent.id,
    );
  }
  logger.info({ travellers: DEMO_CONVERSATION_HOLDERS }, 'seeded demo communications');
}
