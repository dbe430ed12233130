import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { BooleanInput, Button, Form, FormDataConsumer, SaveButton, TextInput, useTranslate, useUpdate } from 'react-admin';
import type { ProfileUpkeepDetailFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { useScopes } from '../../auth/useScopes';
import type { UpkeepAction, UpkeepFormValues } from './profileUpkeep.operations';

/** Saves one upkeep change; the whole show page reloads, since the profile's version moved on. */
export const useUpkeepSave = (record: ProfileUpkeepDetailFragment, action: UpkeepAction, onDone: () => void) => {
  const [update, { isPending }] = useUpdate();
  const saveDialog = useDialogSave(onDone, `resources.profileUpkeep.saved.${action}`);
  const save = (values: UpkeepFormValues) =>
    saveDialog(() => update('profileUpkeep', { id: record.id, data: values, previousData: record, meta: { action } }, { returnPromise: true }));
  return { save, isPending };
};

interface DialogProps {
  record: ProfileUpkeepDetailFragment;
  onClose: () => void;
}

const splitTags = (text: string | null | undefined) =>
  (text ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

export const TagsDialog = ({ record, onClose }: DialogProps) => {
  const translate = useTranslate();
  const { save } = useUpkeepSave(record, 'tags', onClose);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={{ tagText: record.tags.join(', ') }} onSubmit={(values: { tagText?: string }) => save({ tags: splitTags(values.tagText) }) as never}>
        <DialogTitle>{translate('resources.profileUpkeep.editTags')}</DialogTitle>
        <DialogContent>
          <TextInput source="tagText" label="resources.profileUpkeep.fields.tags" helperText="resources.profileUpkeep.helper.tags" fullWidth multiline />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

export const FlagsDialog = ({ record, onClose }: DialogProps) => {
  const translate = useTranslate();
  const { can } = useScopes();
  const { save } = useUpkeepSave(record, 'flags', onClose);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={{ vip: record.vip, vipNote: record.vipNote, specialNeeds: record.specialNeeds ?? false }} onSubmit={save as never}>
        <DialogTitle>{translate('resources.profileUpkeep.editFlags')}</DialogTitle>
        <DialogContent>
          <BooleanInput source="vip" label="resources.profileUpkeep.fields.vip" />
          <FormDataConsumer<UpkeepFormValues>>
            {({ formData }) => formData.vip && <TextInput source="vipNote" label="resources.profileUpkeep.fields.vipNote" fullWidth multiline />}
          </FormDataConsumer>
          {can('profiles.special:write') && can('profiles.special:read') && (
            <BooleanInput source="specialNeeds" label="resources.profileUpkeep.fields.specialNeeds" helperText="resources.profileUpkeep.helper.specialNeeds" />
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
