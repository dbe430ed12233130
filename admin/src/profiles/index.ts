import TravellerIcon from '@mui/icons-material/CardTravel';
import MergeTypeIcon from '@mui/icons-material/MergeType';
import { ProfileCreate } from './ProfileCreate';
import { ProfileEdit } from './ProfileEdit';
import { ProfileList } from './ProfileList';
import { ProfileShow } from './ProfileShow';
import type { ConsoleResource } from '../consoleResource';
import { profileOperations } from './profiles.operations';
import { profileConsentOperations } from './consents/consents.operations';
import { dataSubjectCommands } from './dataSubject/dataSubject.operations';
import { DuplicateList } from './duplicates/DuplicateList';
import { DuplicateMerge } from './duplicates/DuplicateMerge';
import { duplicateCandidateOperations, duplicateCommands } from './duplicates/duplicates.operations';
import { profileHistoryOperations } from './history/profileHistory.operations';
import { preferenceValueListOperations, profilePreferenceOperations } from './preferences/preferences.operations';
import { profileTransferCommands } from './transfer/profileTransfer.operations';
import { ProfileImportWizard } from './transfer/ProfileImportWizard';
import { PROFILE_IMPORT_PATH } from './transfer/ProfileListActions';
import { profileTravelDocumentOperations } from './travelDocuments/travelDocuments.operations';
import { ReminderDashboard } from './upkeep/ReminderDashboard';
import { profileUpkeepOperations, reminderCountOperations, reminderOperations, segmentCountOperations } from './upkeep/profileUpkeep.operations';
import type { CommandSender } from '../dataProvider/graphqlRequest';

/** The profile record, with the tabs, dialogs and actions of each of its features. */
export const profiles = {
  name: 'profiles',
  list: ProfileList,
  show: ProfileShow,
  create: ProfileCreate,
  edit: ProfileEdit,
  icon: TravellerIcon,
  readScope: 'profiles:read',
  writeScope: 'profiles:write',
  recordRepresentation: 'fullName',
  operations: profileOperations,
  embeddedOperations: {
    profilePreferences: profilePreferenceOperations,
    preferenceValueLists: preferenceValueListOperations,
    profileConsents: profileConsentOperations,
    profileDocuments: profileTravelDocumentOperations,
    profileHistory: profileHistoryOperations,
    profileUpkeep: profileUpkeepOperations,
    reminders: reminderOperations,
    reminderCounts: reminderCountOperations,
    segmentCounts: segmentCountOperations,
  },
  commands: (send: CommandSender) => ({ ...profileTransferCommands(send), ...dataSubjectCommands(send) }),
  pages: [{ path: PROFILE_IMPORT_PATH, scope: 'profiles:import', page: ProfileImportWizard }],
  dashboard: ReminderDashboard,
} satisfies ConsoleResource;

/** The queue of likely duplicate profiles, merged or dismissed one pair at a time. */
export const duplicateCandidates = {
  name: 'duplicateCandidates',
  list: DuplicateList,
  show: DuplicateMerge,
  icon: MergeTypeIcon,
  readScope: 'profiles:merge',
  operations: duplicateCandidateOperations,
  commands: duplicateCommands,
} satisfies ConsoleResource;
