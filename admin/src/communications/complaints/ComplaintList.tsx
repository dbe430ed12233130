import type { ReactElement } from 'react';
import { BooleanInput, DataTable, DateField, List, SelectField, SelectInput } from 'react-admin';
import type { ComplaintRowPartsFragment } from '../../graphql/generated';
import { complaintCategoryChoices, complaintSeverityChoices, complaintStatusChoices } from '../communicationsChoices';
import { ComplaintClocks } from './ComplaintClocks';

const filters = [
  <SelectInput key="status" source="status" choices={complaintStatusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={complaintCategoryChoices} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={complaintSeverityChoices} alwaysOn />,
  <BooleanInput key="escalated" source="escalated" />,
  <BooleanInput key="breached" source="breached" />,
];

/** The complaint rows with their clocks; shared by the complaints list and the worklist. */
export const ComplaintTable = ({ empty }: { empty?: ReactElement }) => (
  <DataTable rowClick="show" bulkActionButtons={false} empty={empty}>
    <DataTable.Col source="createdAt" label="resources.complaints.fields.createdAt">
      <DateField source="createdAt" showTime />
    </DataTable.Col>
    <DataTable.Col source="subject" label="resources.complaints.fields.subject" disableSort />
    <DataTable.Col label="resources.complaints.fields.profile" render={(complaint: ComplaintRowPartsFragment) => complaint.profile?.fullName ?? '—'} />
    <DataTable.Col source="severity" label="resources.complaints.fields.severity" disableSort>
      <SelectField source="severity" choices={complaintSeverityChoices} />
    </DataTable.Col>
    <DataTable.Col source="status" label="resources.complaints.fields.status" disableSort>
      <SelectField source="status" choices={complaintStatusChoices} />
    </DataTable.Col>
    <DataTable.Col label="resources.complaints.fields.clocks" render={(complaint: ComplaintRowPartsFragment) => <ComplaintClocks complaint={complaint} />} />
    <DataTable.Col label="resources.complaints.fields.owner" render={(complaint: ComplaintRowPartsFragment) => complaint.owner.displayName} />
  </DataTable>
);

export const ComplaintList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} filters={filters}>
    <ComplaintTable />
  </List>
);
