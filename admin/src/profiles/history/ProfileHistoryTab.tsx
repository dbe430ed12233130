import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, DateField, Pagination, ReferenceManyField, TabbedShowLayout, TabProps, useTranslate } from 'react-admin';
import type { ProfileHistoryQuery } from '../../graphql/generated';

type Change = NonNullable<ProfileHistoryQuery['profile']>['history']['items'][number];

/** What the API sends in place of an identifier, a date of birth or special-category data. */
const REDACTED = '[redacted]';

const ChangedValue = ({ value }: { value: string | null }) => {
  const translate = useTranslate();
  if (value === null) return <Typography variant="body2">—</Typography>;
  if (value === REDACTED) return <Chip size="small" variant="outlined" label={translate('resources.profileHistory.redacted')} />;
  const parsed: unknown = JSON.parse(value);
  return (
    <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
      {typeof parsed === 'string' ? parsed : JSON.stringify(parsed)}
    </Typography>
  );
};

/** What the API writes as the field of a record created whole (an import): the new value holds every field. */
const WHOLE_RECORD = '*';

/** The profile's own fields by their form labels; a part's field (a passport's number, a visa's dates) under the part's name. */
const ChangedField = ({ change }: { change: Change }) => {
  const translate = useTranslate();
  if (change.field === WHOLE_RECORD) {
    return (
      <Stack>
        <Typography variant="body2">{translate('resources.profileHistory.wholeRecord')}</Typography>
        {change.subjectType !== 'Profile' && <Typography variant="caption">{change.subjectType}</Typography>}
      </Stack>
    );
  }
  if (change.subjectType === 'Profile') {
    return <Typography variant="body2">{translate(`resources.profiles.fields.${change.field}`, { _: change.field })}</Typography>;
  }
  return (
    <Stack>
      <Typography variant="body2">{change.field}</Typography>
      <Typography variant="caption">{change.subjectType}</Typography>
    </Stack>
  );
};

const ChangeTable = () => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="changedAt" label="resources.profileHistory.fields.changedAt" disableSort>
      <DateField source="changedAt" showTime />
    </DataTable.Col>
    <DataTable.Col label="resources.profileHistory.fields.actor" render={(change: Change) => change.actor?.displayName ?? change.actorId} />
    <DataTable.Col source="operation" label="resources.profileHistory.fields.operation" disableSort />
    <DataTable.Col label="resources.profileHistory.fields.field" render={(change: Change) => <ChangedField change={change} />} />
    <DataTable.Col label="resources.profileHistory.fields.oldValue" render={(change: Change) => <ChangedValue value={change.oldValue} />} />
    <DataTable.Col label="resources.profileHistory.fields.newValue" render={(change: Change) => <ChangedValue value={change.newValue} />} />
  </DataTable>
);

/** Who changed which field, when, from what to what, newest first; the API leaves out what the role may not see. */
export const ProfileHistoryTab = (props: Omit<TabProps, 'children'>) => (
  <TabbedShowLayout.Tab {...props}>
    <ReferenceManyField reference="profileHistory" target="profileId" perPage={25} pagination={<Pagination />}>
      <ChangeTable />
    </ReferenceManyField>
  </TabbedShowLayout.Tab>
);
