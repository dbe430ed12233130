import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  ArrayInput,
  Button,
  Form,
  FormDataConsumer,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { ProfilePreferencesDetailFragment, TravelPreferenceItemFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { categoryChoices, contextChoices, stanceChoices, usePreferenceValueLists, valueChoices } from './preferenceChoices';
import type { PreferenceFormValues } from './preferences.operations';

interface PreferencesDialogProps {
  record: ProfilePreferencesDetailFragment;
  special: boolean;
  open: boolean;
  onClose: () => void;
}

const formValues = (preferences: readonly TravelPreferenceItemFragment[]): PreferenceFormValues => ({
  preferences: preferences.map(({ category, value, stance, context, notes }) => ({ category, value, stance, context, notes })),
});

/** Edits one whole list; saving replaces the stored list, and the server's field errors land on the rows. */
export const PreferencesDialog = ({ record, special, open, onClose }: PreferencesDialogProps) => {
  const translate = useTranslate();
  const valueLists = usePreferenceValueLists();
  const [update] = useUpdate();
  const current = (special ? record.specialCategoryPreferences : record.travelPreferences) ?? [];

  const saveDialog = useDialogSave(onClose, 'resources.profilePreferences.saved');
  const save = (values: PreferenceFormValues) =>
    saveDialog(() => update('profilePreferences', { id: record.id, data: values, previousData: record, meta: { special } }, { returnPromise: true }));

  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth>
      <Form record={formValues(current)} onSubmit={save as never}>
        <DialogTitle>{translate(special ? 'resources.profilePreferences.editSpecial' : 'resources.profilePreferences.edit')}</DialogTitle>
        <DialogContent>
          <ArrayInput source="preferences" label="resources.profilePreferences.fields.preferences">
            <SimpleFormIterator inline disableReordering>
              <SelectInput source="category" label="resources.profilePreferences.fields.category" choices={categoryChoices(special)} validate={required()} />
              <FormDataConsumer>
                {({ scopedFormData }) => {
                  const listed = valueChoices(valueLists, scopedFormData?.category);
                  return listed ? (
                    <SelectInput source="value" label="resources.profilePreferences.fields.value" choices={listed} validate={required()} />
                  ) : (
                    <TextInput
                      source="value"
                      label="resources.profilePreferences.fields.value"
                      helperText={`resources.profilePreferences.helper.${scopedFormData?.category ?? 'ROUTE'}`}
                      validate={required()}
                    />
                  );
                }}
              </FormDataConsumer>
              <SelectInput source="stance" label="resources.profilePreferences.fields.stance" choices={stanceChoices} defaultValue="PREFERRED" />
              <SelectInput source="context" label="resources.profilePreferences.fields.context" choices={contextChoices} defaultValue="ANY" />
              <TextInput source="notes" label="resources.profilePreferences.fields.notes" />
            </SimpleFormIterator>
          </ArrayInput>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
