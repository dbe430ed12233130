import { useState, type ReactNode } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  Button,
  DataTable,
  Loading,
  RecordContextProvider,
  SelectField,
  TabbedShowLayout,
  TabProps,
  TextField,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ProfileTravelDocumentsFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { EmptyList } from '../../lists/EmptyList';
import { contextChoices } from '../preferences/preferenceChoices';
import { entryTypeChoices } from './travelDocumentChoices';
import { TravelDocumentDialog } from './TravelDocumentDialog';
import type { TravelDocumentList } from './travelDocuments.operations';

const label = (field: string) => `resources.profileDocuments.fields.${field}`;

const Passports = () => {
  const { can } = useScopes();
  return (
    <ArrayField source="passports">
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.profileDocuments.empty" />}>
        <DataTable.Col source="numberMasked" label="resources.profiles.fields.passport.numberMasked" />
        {can('profiles.documents:read') && <DataTable.Col source="number" label="resources.profiles.fields.passport.number" />}
        <DataTable.Col source="issuingCountry" label="resources.profiles.fields.passport.issuingCountry" />
        <DataTable.Col source="nationality" label="resources.profiles.fields.passport.nationality" />
        <DataTable.Col source="issueDate" label="resources.profiles.fields.passport.issueDate" />
        <DataTable.Col source="expiryDate" label="resources.profiles.fields.passport.expiryDate" />
      </DataTable>
    </ArrayField>
  );
};

/** The masked number for everyone, the full one only for profiles.documents:read. */
const numberColumns = (canRead: boolean, field: string) => [
  <DataTable.Col key="masked" source="numberMasked" label={label(`${field}Masked`)} />,
  ...(canRead ? [<DataTable.Col key="number" source="number" label={label(field)} />] : []),
];

const contextColumn = (
  <DataTable.Col key="context" source="context" label={label('context')}>
    <SelectField source="context" choices={contextChoices} />
  </DataTable.Col>
);

const DocumentTable = ({ source, columns }: { source: string; columns: ReactNode[] }) => (
  <ArrayField source={source}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.profileDocuments.empty" />}>
      {columns}
    </DataTable>
  </ArrayField>
);

const Nationalities = ({ codes }: { codes: string[] }) => {
  if (codes.length === 0) return <EmptyList message="resources.profileDocuments.empty" />;
  return (
    <Stack direction="row" spacing={1}>
      {codes.map((code) => (
        <Chip key={code} label={code} />
      ))}
    </Stack>
  );
};

const TravelDocuments = ({ profileId }: { profileId: string }) => {
  const { can } = useScopes();
  const translate = useTranslate();
  const { data, isPending } = useGetOne<ProfileTravelDocumentsFragment>('profileDocuments', { id: profileId });
  const [editing, setEditing] = useState<TravelDocumentList | null>(null);
  if (isPending || !data) return <Loading />;
  const canRead = can('profiles.documents:read');
  const canWrite = can('profiles:write') && can('profiles.documents:write');

  const section = (list: TravelDocumentList, content: ReactNode) => (
    <Stack spacing={1} key={list}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">{translate(`resources.profileDocuments.sections.${list}`)}</Typography>
        {canWrite && (
          <Button label={`resources.profileDocuments.edit.${list}`} onClick={() => setEditing(list)}>
            <EditIcon />
          </Button>
        )}
      </Stack>
      {content}
    </Stack>
  );

  return (
    <RecordContextProvider value={data}>
      <Stack spacing={3}>
        {section('nationalities', <Nationalities codes={data.nationalities} />)}
        {section(
          'visas',
          <DocumentTable
            source="visas"
            columns={[
              ...numberColumns(canRead, 'visaNumber'),
              <DataTable.Col key="country" source="country" label={label('country')} />,
              <DataTable.Col key="entryType" source="entryType" label={label('entryType')}>
                <SelectField source="entryType" choices={entryTypeChoices} />
              </DataTable.Col>,
              <DataTable.Col key="validFrom" source="validFrom" label={label('validFrom')} />,
              <DataTable.Col key="validUntil" source="validUntil" label={label('validUntil')} />,
              <DataTable.Col key="stay" source="authorisedStayDays" label={label('authorisedStayDays')}>
                <TextField source="authorisedStayDays" emptyText="—" />
              </DataTable.Col>,
              contextColumn,
            ]}
          />,
        )}
        {section(
          'vaccinations',
          <DocumentTable
            source="vaccinations"
            columns={[
              ...numberColumns(canRead, 'certificateNumber'),
              <DataTable.Col key="disease" source="disease" label={label('disease')} />,
              <DataTable.Col key="dateGiven" source="dateGiven" label={label('dateGiven')} />,
              <DataTable.Col key="expiryDate" source="expiryDate" label={label('expiryDate')}>
                <TextField source="expiryDate" emptyText="—" />
              </DataTable.Col>,
              contextColumn,
            ]}
          />,
        )}
        {section(
          'entryEndorsements',
          <DocumentTable
            source="entryEndorsements"
            columns={[
              <DataTable.Col key="country" source="country" label={label('country')} />,
              <DataTable.Col key="description" source="description" label={label('description')} />,
              <DataTable.Col key="validUntil" source="validUntil" label={label('validUntil')}>
                <TextField source="validUntil" emptyText="—" />
              </DataTable.Col>,
              contextColumn,
            ]}
          />,
        )}
        {section(
          'travelInsurance',
          <DocumentTable
            source="travelInsurance"
            columns={[
              ...numberColumns(canRead, 'policyNumber'),
              <DataTable.Col key="insurer" source="insurer" label={label('insurer')} />,
              <DataTable.Col key="coverFrom" source="coverFrom" label={label('coverFrom')} />,
              <DataTable.Col key="coverUntil" source="coverUntil" label={label('coverUntil')} />,
              <DataTable.Col key="emergencyPhone" source="emergencyPhone" label={label('emergencyPhone')}>
                <TextField source="emergencyPhone" emptyText="—" />
              </DataTable.Col>,
              contextColumn,
            ]}
          />,
        )}
      </Stack>
      {editing && <TravelDocumentDialog list={editing} record={data} onClose={() => setEditing(null)} />}
    </RecordContextProvider>
  );
};

/** Passports come with the profile (edited in its form); the other documents load and save as their own record. */
export const ProfileDocumentsTab = (props: Omit<TabProps, 'children'>) => {
  const profile = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  return (
    <TabbedShowLayout.Tab {...props}>
      <Typography variant="h6">{translate('resources.profileDocuments.sections.passports')}</Typography>
      <Passports />
      {profile && <TravelDocuments profileId={String(profile.id)} />}
    </TabbedShowLayout.Tab>
  );
};
