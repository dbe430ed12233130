import MergeTypeIcon from '@mui/icons-material/MergeType';
import { DuplicateList } from './DuplicateList';
import { DuplicateMerge } from './DuplicateMerge';
import type { ConsoleResource } from '../../consoleResource';
import { duplicateCandidateOperations } from './duplicates.operations';

export const duplicateCandidates: ConsoleResource = {
  name: 'duplicateCandidates',
  list: DuplicateList,
  show: DuplicateMerge,
  icon: MergeTypeIcon,
  readScope: 'profiles:merge',
  operations: duplicateCandidateOperations,
};
