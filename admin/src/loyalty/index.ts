import SupplierProgrammeIcon from '@mui/icons-material/CardMembership';
import RewardIcon from '@mui/icons-material/Redeem';
import SchemeIcon from '@mui/icons-material/Loyalty';
import MemberIcon from '@mui/icons-material/People';
import type { ConsoleResource } from '../consoleResource';
import { SupplierProgrammeCreate, SupplierProgrammeEdit } from './programmes/SupplierProgrammeForm';
import { SupplierProgrammeList } from './programmes/SupplierProgrammeList';
import { SupplierProgrammeShow } from './programmes/SupplierProgrammeShow';
import { supplierProgrammeOperations } from './programmes/supplierProgrammes.operations';
import { profileSupplierMembershipOperations, supplierMembershipOperations } from './memberships/supplierMemberships.operations';
import { loyaltyReminderCountOperations, loyaltyReminderOperations } from './reminders/loyaltyReminders.operations';
import { LoyaltySchemePage } from './scheme/LoyaltySchemePage';
import { loyaltySchemeOperations } from './scheme/loyaltyScheme.operations';
import { LoyaltyRewardCreate, LoyaltyRewardEdit, LoyaltyRewardList } from './scheme/LoyaltyRewards';
import { loyaltyRewardOperations } from './scheme/loyaltyRewards.operations';
import { LoyaltyMemberList } from './scheme/LoyaltyMemberList';
import {
  loyaltyAdjustmentOperations,
  loyaltyEnrolmentOperations,
  loyaltyMemberOperations,
  loyaltyRedemptionOperations,
  loyaltyStatementOperations,
  profileLoyaltyMemberOperations,
} from './scheme/loyaltyMembers.operations';

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

/** Our scheme's configuration: the versions of its rules, revised from a date under access:admin. */
export const loyaltyScheme = {
  name: 'loyaltyScheme',
  list: LoyaltySchemePage,
  icon: SchemeIcon,
  readScope: 'loyalty:read',
  operations: loyaltySchemeOperations,
} satisfies ConsoleResource;

/** The rewards members redeem points for. */
export const loyaltyRewards = {
  name: 'loyaltyRewards',
  list: LoyaltyRewardList,
  create: LoyaltyRewardCreate,
  edit: LoyaltyRewardEdit,
  icon: RewardIcon,
  readScope: 'loyalty:read',
  writeScope: 'access:admin',
  recordRepresentation: 'name',
  operations: loyaltyRewardOperations,
} satisfies ConsoleResource;

/** Members of our scheme by tier and status, each leading to the traveller's Loyalty tab; status, statement and the ledger's dialogs live there. */
export const loyaltyMembers = {
  name: 'loyaltyMembers',
  list: LoyaltyMemberList,
  icon: MemberIcon,
  readScope: 'loyalty:read',
  operations: loyaltyMemberOperations,
  embeddedOperations: {
    profileLoyaltyMember: profileLoyaltyMemberOperations,
    loyaltyStatement: loyaltyStatementOperations,
    loyaltyEnrolments: loyaltyEnrolmentOperations,
    loyaltyRedemptions: loyaltyRedemptionOperations,
    loyaltyAdjustments: loyaltyAdjustmentOperations,
  },
} satisfies ConsoleResource;
