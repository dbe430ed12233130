import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { BooleanInput, Button, Form, SaveButton, SelectInput, TextInput, required, useTranslate, useUpdate } from 'react-admin';
import type { ProfileConsentsDetailFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { channelChoices, CURRENT_NOTICE_VERSION, legalBasisChoices, purposeChoices } from './consentChoices';
import type { ConsentFormValues } from './consents.operations';

/** Records what the traveller agreed to (or refused) for one purpose; it replaces that purpose's active record. */
export const ConsentDialog = ({ record, onClose }: { record: ProfileConsentsDetailFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const [update] = useUpdate();

  const saveDialog = useDialogSave(onClose, 'resources.profileConsents.recorded');
  const save = (values: ConsentFormValues) =>
    saveDialog(() => update('profileConsents', { id: record.id, data: values, previousData: record }, { returnPromise: true }));

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={{ granted: true, noticeVersion: CURRENT_NOTICE_VERSION }} onSubmit={save as never}>
        <DialogTitle>{translate('resources.profileConsents.record')}</DialogTitle>
        <DialogContent>
          <SelectInput source="purpose" label="resources.profileConsents.fields.purpose" choices={purposeChoices} validate={required()} fullWidth />
          <BooleanInput source="granted" label="resources.profileConsents.fields.granted" />
          <SelectInput
            source="legalBasis"
            label="resources.profileConsents.fields.legalBasis"
            choices={legalBasisChoices}
            validate={required()}
            helperText="resources.profileConsents.helper.legalBasis"
            fullWidth
          />
          <TextInput source="noticeVersion" label="resources.profileConsents.fields.noticeVersion" validate={required()} fullWidth />
          <SelectInput source="channel" label="resources.profileConsents.fields.channel" choices={channelChoices} validate={required()} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
