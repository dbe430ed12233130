import SupplierProgrammeIcon from '@mui/icons-material/CardMembership';
import type { ConsoleResource } from '../consoleResource';
import { SupplierProgrammeCreate, SupplierProgrammeEdit } from './programmes/SupplierProgrammeForm';
import { SupplierProgrammeList } from './programmes/SupplierProgrammeList';
import { SupplierProgrammeShow } from './programmes/SupplierProgrammeShow';
import { supplierProgrammeOperations } from './programmes/supplierProgrammes.operations';
import { profileSupplierMembershipOperations, supplierMembershipOperations } from './memberships/supplierMemberships.operations';
import { loyaltyReminderCountOperations, loyaltyReminderOperations } from './reminders/loyaltyReminders.operations';

/** The supplier programme catalogue (maintained under access:admin), with the records the profile's Loyalty tab and the dashboard read. */
export const supplierProgrammes = {
  name: 'supplierProgrammes',
  list: SupplierProgrammeList,
  show: SupplierProgrammeShow,
  create: SupplierProgrammeCreate,
  edit: SupplierProgrammeEdit,
  icon: SupplierProgrammeIcon,
  readScope: 'loyalty:read',
  writeScope: 'access:admin',
  recordRepresentation: 'name',
  operations: supplierProgrammeOperations,
  embeddedOperations: {
    profileSupplierMemberships: profileSupplierMembershipOperations,
    supplierMemberships: supplierMembershipOperations,
    loyaltyReminders: loyaltyReminderOperations,
    loyaltyReminderCounts: loyaltyReminderCountOperations,
  },
} satisfies ConsoleResource;
