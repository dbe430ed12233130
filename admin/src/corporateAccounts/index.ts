import AccountIcon from '@mui/icons-material/Business';
import { AccountCreate } from './AccountCreate';
import { AccountEdit } from './AccountEdit';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';
import { PolicyCreate } from './PolicyCreate';
import { PolicyEdit } from './PolicyEdit';
import { PolicyShow } from './PolicyShow';

export const corporateAccounts = {
  list: AccountList,
  show: AccountShow,
  create: AccountCreate,
  edit: AccountEdit,
  icon: AccountIcon,
};

export const travelPolicies = {
  show: PolicyShow,
  create: PolicyCreate,
  edit: PolicyEdit,
};
