import AssignmentIcon from '@mui/icons-material/AssignmentInd';
import CampaignIcon from '@mui/icons-material/Campaign';
import InteractionIcon from '@mui/icons-material/Forum';
import ComplaintIcon from '@mui/icons-material/ReportProblem';
import FeedbackIcon from '@mui/icons-material/RateReview';
import type { ConsoleResource } from '../consoleResource';
import { CampaignCreate, CampaignEdit } from './campaigns/CampaignForm';
import { CampaignList } from './campaigns/CampaignList';
import { CampaignShow } from './campaigns/CampaignShow';
import { campaignCommands, campaignDryRunOperations, campaignOperations, campaignRecipientOperations } from './campaigns/campaigns.operations';
import { ComplaintList } from './complaints/ComplaintList';
import { ComplaintShow } from './complaints/ComplaintShow';
import { complaintCommands, complaintOperations } from './complaints/complaints.operations';
import { FeedbackList } from './feedback/FeedbackList';
import { feedbackOperations, feedbackSummaryOperations } from './feedback/feedback.operations';
import { InteractionList, InteractionShow } from './interactions/InteractionList';
import { interactionOperations } from './interactions/interactions.operations';
import { profileTimelineOperations } from './timeline/timeline.operations';
import { MyWorkPage } from './work/MyWorkPage';
import {
  myReferralOperations,
  myUndertakingOperations,
  referralOperations,
  teamReferralOperations,
  undertakingOperations,
  workCommands,
} from './work/work.operations';

/** The signed-in staff member's worklist: undertakings, referrals and complaints. */
export const myWork = {
  name: 'myWork',
  list: MyWorkPage,
  icon: AssignmentIcon,
  readScope: 'communications:read',
  operations: {},
  embeddedOperations: {
    myUndertakings: myUndertakingOperations,
    undertakings: undertakingOperations,
    myReferrals: myReferralOperations,
    referrals: referralOperations,
    teamReferrals: teamReferralOperations,
  },
  commands: workCommands,
} satisfies ConsoleResource;

/** Every interaction; the profile's Timeline tab shows one traveller's, and logs calls. */
export const interactions = {
  name: 'interactions',
  list: InteractionList,
  show: InteractionShow,
  icon: InteractionIcon,
  readScope: 'communications:read',
  operations: interactionOperations,
  embeddedOperations: { profileTimeline: profileTimelineOperations },
} satisfies ConsoleResource;

export const complaints = {
  name: 'complaints',
  list: ComplaintList,
  show: ComplaintShow,
  icon: ComplaintIcon,
  readScope: 'communications:read',
  recordRepresentation: 'subject',
  operations: complaintOperations,
  commands: complaintCommands,
} satisfies ConsoleResource;

export const feedbacks = {
  name: 'feedbacks',
  list: FeedbackList,
  icon: FeedbackIcon,
  readScope: 'communications:read',
  operations: feedbackOperations,
  embeddedOperations: { feedbackSummary: feedbackSummaryOperations },
} satisfies ConsoleResource;

export const campaigns = {
  name: 'campaigns',
  list: CampaignList,
  show: CampaignShow,
  create: CampaignCreate,
  edit: CampaignEdit,
  icon: CampaignIcon,
  readScope: 'campaigns:read',
  writeScope: 'campaigns:write',
  recordRepresentation: 'name',
  operations: campaignOperations,
  embeddedOperations: { campaignDryRun: campaignDryRunOperations, campaignRecipients: campaignRecipientOperations },
  commands: campaignCommands,
} satisfies ConsoleResource;
