import { Chip, Tooltip } from '@mui/material';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { ArrayField, DataTable, SelectField, TextField, useTranslate } from 'react-admin';
import type { TravelPreferenceItemFragment } from '../../graphql/generated';
import { EmptyList } from '../../lists/EmptyList';
import { categoryChoices, contextChoices, stanceChoices, usePreferenceValueLists, valueLabelKey } from './preferenceChoices';

const PreferenceValue = ({ preference }: { preference: TravelPreferenceItemFragment }) => {
  const translate = useTranslate();
  const key = valueLabelKey(usePreferenceValueLists(), preference.category, preference.value);
  return <>{key ? translate(key) : preference.value}</>;
};

const OfferFlag = ({ preference }: { preference: TravelPreferenceItemFragment }) => {
  const translate = useTranslate();
  if (!preference.outsideOffer) return null;
  return (
    <Tooltip title={preference.outsideOfferReason ?? ''}>
      <Chip
        size="small"
        color="warning"
        icon={<WarningIcon />}
        label={preference.outsideOfferReason ?? translate('resources.profilePreferences.outsideOffer')}
      />
    </Tooltip>
  );
};

/** One list of preferences (ordinary or special-category) of the record in context. */
export const PreferenceTable = ({ source, special }: { source: 'travelPreferences' | 'specialCategoryPreferences'; special: boolean }) => (
  <ArrayField source={source}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyList message="resources.profilePreferences.empty" />}>
      <DataTable.Col source="category" label="resources.profilePreferences.fields.category">
        <SelectField source="category" choices={categoryChoices(special)} />
      </DataTable.Col>
      <DataTable.Col
        source="value"
        label="resources.profilePreferences.fields.value"
        render={(preference: TravelPreferenceItemFragment) => <PreferenceValue preference={preference} />}
      />
      <DataTable.Col source="stance" label="resources.profilePreferences.fields.stance">
        <SelectField source="stance" choices={stanceChoices} />
      </DataTable.Col>
      <DataTable.Col source="context" label="resources.profilePreferences.fields.context">
        <SelectField source="context" choices={contextChoices} />
      </DataTable.Col>
      <DataTable.Col source="notes" label="resources.profilePreferences.fields.notes">
        <TextField source="notes" emptyText="—" />
      </DataTable.Col>
      {!special && (
        <DataTable.Col
          source="outsideOffer"
          label="resources.profilePreferences.fields.offer"
          render={(preference: TravelPreferenceItemFragment) => <OfferFlag preference={preference} />}
        />
      )}
    </DataTable>
  </ArrayField>
);
