import type { ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  ArrayInput,
  Button,
  DateInput,
  Form,
  FormDataConsumer,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { ProfileTravelDocumentsFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { contextChoices } from '../preferences/preferenceChoices';
import { entryTypeChoices } from './travelDocumentChoices';
import { travelDocumentFormValues, type TravelDocumentFormValues, type TravelDocumentList } from './travelDocuments.operations';

const label = (field: string) => `resources.profileDocuments.fields.${field}`;

/** A new entry needs its number; a kept one shows the masked number and takes a new one only if given. */
const NumberInputs = ({ field }: { field: string }) => (
  <FormDataConsumer>
    {({ scopedFormData }) =>
      scopedFormData?.id ? (
        <>
          <TextInput source="numberMasked" label={label(`${field}Masked`)} readOnly />
          <TextInput source="number" label={label(`new.${field}`)} helperText="resources.profileDocuments.helper.keepNumber" />
        </>
      ) : (
        <TextInput source="number" label={label(field)} validate={required()} />
      )
    }
  </FormDataConsumer>
);

const ContextInput = () => <SelectInput source="context" label={label('context')} choices={contextChoices} defaultValue="ANY" />;

const INPUTS: Record<TravelDocumentList, ReactNode> = {
  nationalities: (
    <SimpleFormIterator inline disableReordering>
      <TextInput source="code" label={label('nationality')} helperText="resources.profileDocuments.helper.country" validate={required()} />
    </SimpleFormIterator>
  ),
  visas: (
    <SimpleFormIterator inline disableReordering>
      <NumberInputs field="visaNumber" />
      <TextInput source="country" label={label('country')} helperText="resources.profileDocuments.helper.country" validate={required()} />
      <SelectInput source="entryType" label={label('entryType')} choices={entryTypeChoices} validate={required()} />
      <DateInput source="validFrom" label={label('validFrom')} validate={required()} />
      <DateInput source="validUntil" label={label('validUntil')} validate={required()} />
      <NumberInput source="authorisedStayDays" label={label('authorisedStayDays')} min={1} />
      <ContextInput />
    </SimpleFormIterator>
  ),
  vaccinations: (
    <SimpleFormIterator inline disableReordering>
      <NumberInputs field="certificateNumber" />
      <TextInput source="disease" label={label('disease')} validate={required()} />
      <DateInput source="dateGiven" label={label('dateGiven')} validate={required()} />
      <DateInput source="expiryDate" label={label('expiryDate')} />
      <ContextInput />
    </SimpleFormIterator>
  ),
  entryEndorsements: (
    <SimpleFormIterator inline disableReordering>
      <TextInput source="country" label={label('country')} helperText="resources.profileDocuments.helper.country" validate={required()} />
      <TextInput source="description" label={label('description')} multiline validate={required()} />
      <DateInput source="validUntil" label={label('validUntil')} />
      <ContextInput />
    </SimpleFormIterator>
  ),
  travelInsurance: (
    <SimpleFormIterator inline disableReordering>
      <NumberInputs field="policyNumber" />
      <TextInput source="insurer" label={label('insurer')} validate={required()} />
      <DateInput source="coverFrom" label={label('coverFrom')} validate={required()} />
      <DateInput source="coverUntil" label={label('coverUntil')} validate={required()} />
      <TextInput source="emergencyPhone" type="tel" label={label('emergencyPhone')} helperText="resources.profileDocuments.helper.phone" />
      <ContextInput />
    </SimpleFormIterator>
  ),
};

interface TravelDocumentDialogProps {
  list: TravelDocumentList;
  record: ProfileTravelDocumentsFragment;
  onClose: () => void;
}

/** Edits one whole list; saving replaces the stored list, and the server's field errors land on the rows. */
export const TravelDocumentDialog = ({ list, record, onClose }: TravelDocumentDialogProps) => {
  const translate = useTranslate();
  const [update] = useUpdate();

  const saveDialog = useDialogSave(onClose, 'resources.profileDocuments.saved');
  const save = (values: TravelDocumentFormValues) =>
    saveDialog(() => update('profileDocuments', { id: record.id, data: values, previousData: record, meta: { list } }, { returnPromise: true }));

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth>
      <Form record={travelDocumentFormValues(list, record)} onSubmit={save as never}>
        <DialogTitle>{translate(`resources.profileDocuments.edit.${list}`)}</DialogTitle>
        <DialogContent>
          <ArrayInput source={list} label={`resources.profileDocuments.sections.${list}`}>
            {INPUTS[list]}
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
