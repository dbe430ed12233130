import TravellerIcon from '@mui/icons-material/CardTravel';
import { ProfileCreate } from './ProfileCreate';
import { ProfileEdit } from './ProfileEdit';
import { ProfileList } from './ProfileList';
import { ProfileShow } from './ProfileShow';

export const profiles = {
  list: ProfileList,
  show: ProfileShow,
  create: ProfileCreate,
  edit: ProfileEdit,
  icon: TravellerIcon,
};
