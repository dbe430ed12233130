import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, MenuItem } from '@mui/material';
import { Button, CreateButton, FilterButton, TopToolbar, useDataProvider, useListContext, useNotify, useResourceDefinition } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ProfileExportFormat, ProfileFilter } from '../../graphql/generated';
import type { WayfarerDataProvider } from '../../resources';
import type { DataProviderError } from '../../dataProvider/graphqlRequest';
import { toFilter, toSort } from '../../dataProvider/listParams';
import { useScopes } from '../../auth/useScopes';
import { PROFILE_FILTER_KEYS, PROFILE_SORT_FIELDS } from '../profiles.operations';
import { download } from './profileTransfer.operations';

export const PROFILE_IMPORT_PATH = '/profiles/import';

/** Downloads the travellers the list shows now (its filter and sort), with the fields the role may read. */
const ExportButton = () => {
  const { filterValues, sort } = useListContext();
  const dataProvider = useDataProvider<WayfarerDataProvider>();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [pending, setPending] = useState(false);

  const exportAs = async (format: ProfileExportFormat) => {
    setAnchor(null);
    setPending(true);
    try {
      const file = await dataProvider.exportProfiles({
        filter: toFilter<ProfileFilter>(filterValues, PROFILE_FILTER_KEYS),
        sort: toSort(sort, PROFILE_SORT_FIELDS),
        format,
      });
      download(file.filename, file.contentType, file.content);
      notify('resources.profileTransfer.export.done', { type: 'info', messageArgs: { smart_count: file.rows } });
    } catch (error) {
      const failure = error as DataProviderError;
      notify(failure.body?.errors?.filter ?? failure.message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="resources.profileTransfer.export.button" onClick={(event) => setAnchor(event.currentTarget)} disabled={pending}>
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => exportAs('CSV')}>CSV</MenuItem>
        <MenuItem onClick={() => exportAs('JSON')}>JSON</MenuItem>
      </Menu>
    </>
  );
};

export const ProfileListActions = () => {
  const { can } = useScopes();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      {can('profiles:import') && (
        <Button component={Link} to={PROFILE_IMPORT_PATH} label="resources.profileTransfer.import.button">
          <UploadFileIcon />
        </Button>
      )}
      {can('profiles:export') && <ExportButton />}
    </TopToolbar>
  );
};
