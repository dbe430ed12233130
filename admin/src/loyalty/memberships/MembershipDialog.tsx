import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  DateInput,
  Form,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useCreate,
  useGetOne,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { SupplierMembershipItemFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { editableStatusChoices, membershipContextChoices } from '../loyaltyChoices';
import type { MembershipFormValues } from './supplierMemberships.operations';

const label = (field: string) => `resources.supplierMemberships.fields.${field}`;

const TierInput = ({ tierNames }: { tierNames: readonly string[] }) => (
  <SelectInput source="tier" label={label('tier')} choices={tierNames.map((name) => ({ id: name, name }))} translateChoice={false} emptyText="—" fullWidth />
);

/** A new membership's tiers are those of the programme picked in the form. */
const PickedProgrammeTierInput = () => {
  const programmeId = useWatch<MembershipFormValues>({ name: 'programmeId' }) as string | undefined;
  const { data } = useGetOne<{ id: string; tierNames: string[] }>('supplierProgrammes', { id: programmeId ?? '' }, { enabled: Boolean(programmeId) });
  return <TierInput tierNames={data?.tierNames ?? []} />;
};

interface MembershipDialogProps {
  profileId: string;
  /** Absent when adding. */
  membership?: SupplierMembershipItemFragment;
  onClose: () => void;
}

/** Adds a membership or edits one; the stored number is never put in an input, only its masked form shown. */
export const MembershipDialog = ({ profileId, membership, onClose }: MembershipDialogProps) => {
  const translate = useTranslate();
  const [create] = useCreate();
  const [update] = useUpdate();
  const saveDialog = useDialogSave(onClose, 'resources.supplierMemberships.saved');
  const save = (values: MembershipFormValues) =>
    saveDialog(() =>
      membership
        ? update('supplierMemberships', { id: membership.id, data: values, previousData: membership }, { returnPromise: true })
        : create('supplierMemberships', { data: { ...values, profileId } }, { returnPromise: true }),
    );
  const { number: _storedNumber, ...kept } = membership ?? {};

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={membership ? kept : { context: 'BUSINESS', primary: false }} onSubmit={save as never}>
        <DialogTitle>{translate(membership ? 'resources.supplierMemberships.edit' : 'resources.supplierMemberships.add')}</DialogTitle>
        <DialogContent>
          {membership ? (
            <>
              <TextInput source="programme.name" label={label('programme')} readOnly fullWidth />
              <TextInput source="numberMasked" label={label('numberMasked')} readOnly fullWidth />
              <TextInput source="number" label={label('newNumber')} helperText="resources.supplierMemberships.helper.keepNumber" fullWidth />
              <TierInput tierNames={membership.programme.tierNames} />
            </>
          ) : (
            <>
              <ReferenceInput source="programmeId" reference="supplierProgrammes" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput label={label('programme')} optionText="name" validate={required()} fullWidth />
              </ReferenceInput>
              <TextInput source="number" label={label('numberInput')} validate={required()} fullWidth />
              <PickedProgrammeTierInput />
            </>
          )}
          <DateInput source="tierExpiresOn" label={label('tierExpiresOn')} fullWidth />
          <DateInput source="expiresOn" label={label('expiresOn')} fullWidth />
          <NumberInput source="points" label={label('points')} min={0} step={1} fullWidth />
          <DateInput source="pointsReadOn" label={label('pointsReadOn')} helperText="resources.supplierMemberships.helper.pointsReadOn" fullWidth />
          <SelectInput source="context" label={label('context')} choices={membershipContextChoices} validate={required()} fullWidth />
          {membership && <SelectInput source="status" label={label('status')} choices={editableStatusChoices} validate={required()} fullWidth />}
          <BooleanInput source="primary" label={label('primary')} helperText="resources.supplierMemberships.helper.primary" />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
