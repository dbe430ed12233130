import { ArrayField, DataTable, TabbedShowLayout, TabProps } from 'react-admin';
import { useScopes } from '../auth/useScopes';

export const ProfileDocumentsTab = (props: Omit<TabProps, 'children'>) => {
  const { can } = useScopes();
  return (
    <TabbedShowLayout.Tab {...props}>
      <ArrayField source="passports">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="numberMasked" label="resources.profiles.fields.passport.numberMasked" />
          {can('profiles.documents:read') && (
            <DataTable.Col source="number" label="resources.profiles.fields.passport.number" />
          )}
          <DataTable.Col source="issuingCountry" label="resources.profiles.fields.passport.issuingCountry" />
          <DataTable.Col source="nationality" label="resources.profiles.fields.passport.nationality" />
          <DataTable.Col source="issueDate" label="resources.profiles.fields.passport.issueDate" />
          <DataTable.Col source="expiryDate" label="resources.profiles.fields.passport.expiryDate" />
        </DataTable>
      </ArrayField>
    </TabbedShowLayout.Tab>
  );
};
