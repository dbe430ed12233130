import type {
  CampaignChannel,
  CampaignStatus,
  ComplaintCategory,
  ComplaintSeverity,
  ComplaintStatus,
  CustomerRequirement,
  DeliveryStatus,
  FeedbackChannel,
  FeedbackProductType,
  InteractionChannel,
  InteractionDirection,
  ReferralStatus,
  TimelineKind,
} from '../graphql/generated';
import { choices } from '../lists/choices';

export const channelChoices = choices<InteractionChannel>('resources.interactions.channel', [
  'TELEPHONE',
  'EMAIL',
  'SMS',
  'ONLINE_CHAT',
  'PAPER',
  'SOCIAL_MEDIA',
  'VIDEO',
  'VOIP',
]);
/** The channels on which a call may be recorded or monitored (PC3). */
export const VOICE_CHANNELS: ReadonlySet<InteractionChannel> = new Set(['TELEPHONE', 'VIDEO', 'VOIP']);
export const directionChoices = choices<InteractionDirection>('resources.interactions.direction', ['INBOUND', 'OUTBOUND']);
export const requirementChoices = choices<CustomerRequirement>('resources.interactions.requirement', ['INFORMATION', 'BOOKING', 'COMPLAINT']);
export const timelineKindChoices = choices<TimelineKind>('resources.profileTimeline.kind', [
  'INTERACTION',
  'UNDERTAKING',
  'COMPLAINT',
  'FEEDBACK',
  'CAMPAIGN_MESSAGE',
]);
export const referralStatusChoices = choices<ReferralStatus>('resources.myWork.referralStatus', ['OPEN', 'ACCEPTED', 'CLOSED']);
export const complaintStatusChoices = choices<ComplaintStatus>('resources.complaints.status', [
  'NEW',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'WAITING_ON_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
]);
export const complaintCategoryChoices = choices<ComplaintCategory>('resources.complaints.category', [
  'BOOKING',
  'SERVICE',
  'SUPPLIER',
  'BILLING',
  'PRIVACY',
  'OTHER',
]);
export const complaintSeverityChoices = choices<ComplaintSeverity>('resources.complaints.severity', ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export const feedbackProductChoices = choices<FeedbackProductType>('resources.feedbacks.productType', [
  'FLIGHT',
  'HOTEL',
  'CAR',
  'RAIL',
  'CRUISE',
  'TOUR',
  'TRANSFER',
  'ACTIVITY',
  'PACKAGE',
  'INSURANCE',
  'OTHER',
]);
export const feedbackChannelChoices = choices<FeedbackChannel>('resources.feedbacks.channel', [
  'TELEPHONE',
  'EMAIL',
  'SMS',
  'ONLINE_CHAT',
  'PAPER',
  'SOCIAL_MEDIA',
  'VIDEO',
  'VOIP',
  'SURVEY',
]);
export const ratingChoices = [1, 2, 3, 4, 5].map((rating) => ({ id: rating, name: `resources.feedbacks.rating.${rating}` }));
export const campaignChannelChoices = choices<CampaignChannel>('resources.campaigns.channel', ['EMAIL', 'SMS']);
export const campaignStatusChoices = choices<CampaignStatus>('resources.campaigns.status', ['DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED']);
export const deliveryStatusChoices = choices<DeliveryStatus>('resources.campaigns.delivery', ['PENDING', 'SENT', 'FAILED', 'EXCLUDED']);
