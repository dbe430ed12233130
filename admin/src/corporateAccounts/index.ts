import AccountIcon from '@mui/icons-material/Business';
import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';
import { PolicyCreate } from './PolicyCreate';
import { PolicyEdit } from './PolicyEdit';
import { PolicyShow } from './PolicyShow';
import type { ConsoleResource } from '../consoleResource';
import { corporateAccountOperations, travelPolicyOperations } from './corporateAccounts.operations';

export const corporateAccounts: ConsoleResource = {
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
};

/** Reached from an account's page, so it has no list and no menu entry. */
export const travelPolicies: ConsoleResource = {
  name: 'travelPolicies',
  show: PolicyShow,
  create: PolicyCreate,
  edit: PolicyEdit,
  readScope: 'corporate:read',
  writeScope: 'corporate:write',
  recordRepresentation: 'name',
  operations: travelPolicyOperations,
};
