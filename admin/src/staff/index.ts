import StaffIcon from '@mui/icons-material/People';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';
import type { ConsoleResource } from '../consoleResource';
import { roleOperations, staffOperations } from './staff.operations';

export const staff = {
  name: 'staff',
  list: StaffList,
  create: StaffCreate,
  edit: StaffEdit,
  icon: StaffIcon,
  readScope: 'access:admin',
  writeScope: 'access:admin',
  recordRepresentation: 'username',
  operations: staffOperations,
  embeddedOperations: { roles: roleOperations },
} satisfies ConsoleResource;
