import __Entity__Icon from '@mui/icons-material/Notes';
import type { ConsoleResource } from '../consoleResource';
import { __Entity__Create, __Entity__Edit } from './__Entity__Form';
import { __Entity__List } from './__Entity__List';
import { __Entity__Show } from './__Entity__Show';
import { __entity__Operations } from './__camelName__.operations';

export const __entities__ = {
  name: '__entities__',
  list: __Entity__List,
  show: __Entity__Show,
  create: __Entity__Create,
  edit: __Entity__Edit,
  icon: __Entity__Icon,
  readScope: '__name__:read',
  writeScope: '__name__:write',
  recordRepresentation: 'name',
  operations: __entity__Operations,
} satisfies ConsoleResource;
