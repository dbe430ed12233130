import { useState } from 'react';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import {
  Button,
  DataTable,
  DateField,
  FilterButton,
  List,
  NumberInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRefresh,
} from 'react-admin';
import type { WayfarerDataProvider } from '../../resources';
import type { DuplicateCandidateItemFragment } from '../../graphql/generated';
import { duplicateStatusChoices } from './duplicateChoices';
import { DuplicateReasons } from './DuplicateReasons';

const duplicateFilters = [
  <SelectInput key="status" source="status" choices={duplicateStatusChoices} alwaysOn />,
  <NumberInput key="minScore" source="minScore" min={0} max={100} />,
];

/** Runs a full scan; the queue refreshes with what it found. */
const ScanButton = () => {
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [scanning, setScanning] = useState(false);
  const scan = async () => {
    setScanning(true);
    try {
      const summary = await dataProvider.scanForDuplicates();
      notify('resources.duplicateCandidates.scan.done', { type: 'info', messageArgs: { candidates: summary.candidates, closed: summary.closed } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setScanning(false);
    }
  };
  return (
    <Button label="resources.duplicateCandidates.scan.action" onClick={scan} disabled={scanning}>
      <ManageSearchIcon />
    </Button>
  );
};

const DuplicateListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ScanButton />
  </TopToolbar>
);

export const DuplicateList = () => (
  <List
    filters={duplicateFilters}
    actions={<DuplicateListActions />}
    exporter={false}
    filterDefaultValues={{ status: 'OPEN' }}
    sort={{ field: 'score', order: 'DESC' }}
  >
    <DataTable<DuplicateCandidateItemFragment> rowClick="show" bulkActionButtons={false}>
      <DataTable.NumberCol source="score" />
      <DataTable.Col source="reasons" disableSort render={(candidate) => <DuplicateReasons reasons={candidate.reasons} />} />
      <DataTable.NumberCol source="nameSimilarity" disableSort />
      <DataTable.Col source="left" disableSort render={(candidate) => candidate.left?.fullName} />
      <DataTable.Col source="right" disableSort render={(candidate) => candidate.right?.fullName} />
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={duplicateStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="foundAt">
        <DateField source="foundAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
