import MergeTypeIcon from '@mui/icons-material/MergeType';
import { DuplicateList } from './DuplicateList';
import { DuplicateMerge } from './DuplicateMerge';

export const duplicateCandidates = {
  list: DuplicateList,
  show: DuplicateMerge,
  icon: MergeTypeIcon,
};
