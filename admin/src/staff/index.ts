import StaffIcon from '@mui/icons-material/People';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';

export const staff = {
  list: StaffList,
  create: StaffCreate,
  edit: StaffEdit,
  icon: StaffIcon,
};
