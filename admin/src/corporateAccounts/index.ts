import AccountIcon from '@mui/icons-material/Business';
import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';
import { PolicyCreate } from './PolicyCreate';
import { PolicyEdit } from './PolicyEdit';
import { PolicyShow } from './PolicyShow';
import type { ConsoleResource } from '../consoleResource';
import { accountTravellerOperations, corporateAccountOperations, profileCorporateOperations, travelPolicyOperations } from './corporateAccounts.operations';

export const corporateAccounts = {
  name: 'corporateAccounts',
  list: AccountList,
  show: AccountShow,
  create: AccountCreate,
  edit: AccountEdit,
  icon: AccountIcon,
  readScope: 'corporate:read',
  writeScope: 'corporate:write',
  recordRepresentation: 'legalName',
  operations: corporateAccountOperations,
  embeddedOperations: { accountTravellers: accountTravellerOperations, profileCorporate: profileCorporateOperations },
} satisfies ConsoleResource;

/** Reached from an account's page, so it has no list and no menu entry. */
export const travelPolicies = {
  name: 'travelPolicies',
  show: PolicyShow,
  create: PolicyCreate,
  edit: PolicyEdit,
  readScope: 'corporate:read',
  writeScope: 'corporate:write',
  recordRepresentation: 'name',
  operations: travelPolicyOperations,
} satisfies ConsoleResource;
