import SupplierProgrammeIcon from '@mui/icons-material/Notes';
import type { ConsoleResource } from '../consoleResource';
import { SupplierProgrammeCreate, SupplierProgrammeEdit } from './SupplierProgrammeForm';
import { SupplierProgrammeList } from './SupplierProgrammeList';
import { SupplierProgrammeShow } from './SupplierProgrammeShow';
import { supplierProgrammeOperations } from './loyalty.operations';

export const supplierProgrammes = {
  name: 'supplierProgrammes',
  list: SupplierProgrammeList,
  show: SupplierProgrammeShow,
  create: SupplierProgrammeCreate,
  edit: SupplierProgrammeEdit,
  icon: SupplierProgrammeIcon,
  readScope: 'loyalty:read',
  writeScope: 'loyalty:write',
  recordRepresentation: 'name',
  operations: supplierProgrammeOperations,
} satisfies ConsoleResource;
