import TravellerIcon from '@mui/icons-material/CardTravel';
import { ProfileCreate } from './ProfileCreate';
import { ProfileEdit } from './ProfileEdit';
import { ProfileList } from './ProfileList';
import { ProfileShow } from './ProfileShow';
import type { ConsoleResource } from '../consoleResource';
import { profileOperations } from './profiles.operations';

export const profiles: ConsoleResource = {
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
};
