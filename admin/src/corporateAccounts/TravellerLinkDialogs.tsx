import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import {
  AutocompleteInput,
  Button,
  DateInput,
  Form,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useCreate,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { AccountTravellersQuery, CorporateAccountByIdQuery } from '../graphql/generated';
import { useDialogSave } from '../dataProvider/useDialogSave';
import { travellerTypeChoices } from './corporateChoices';

type Account = NonNullable<CorporateAccountByIdQuery['corporateAccount']>;
export type Traveller = NonNullable<AccountTravellersQuery['corporateAccount']>['travellers']['items'][number];

const today = () => new Date().toISOString().slice(0, 10);
const label = (field: string) => `resources.accountTravellers.fields.${field}`;
const codeChoices = (items: { code: string; name: string }[]) => items.map((item) => ({ id: item.code, name: `${item.code} — ${item.name}` }));

/** Links a traveller to the account from a date; an open link to another account ends the day before. */
export const LinkTravellerDialog = ({ account, onClose }: { account: Account; onClose: () => void }) => {
  const translate = useTranslate();
  const [create] = useCreate();
  const save = useDialogSave(onClose, 'resources.accountTravellers.link.done');
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form
        defaultValues={{ travellerType: 'EMPLOYEE', validFrom: today() }}
        onSubmit={(values: Record<string, unknown>) =>
          save(() => create('accountTravellers', { data: { ...values, accountId: account.id } }, { returnPromise: true }))
        }
      >
        <DialogTitle>{translate('resources.accountTravellers.link.title', { account: account.legalName })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.accountTravellers.link.help')}</DialogContentText>
          <ReferenceInput source="profileId" reference="profiles">
            <AutocompleteInput label={label('traveller')} optionText="fullName" validate={required()} fullWidth />
          </ReferenceInput>
          <SelectInput source="departmentCode" label={label('departmentCode')} choices={codeChoices(account.departments)} fullWidth />
          <SelectInput source="costCentreCode" label={label('costCentreCode')} choices={codeChoices(account.costCentres)} fullWidth />
          <TextInput source="employeeId" label={label('employeeId')} fullWidth />
          <TextInput source="grade" label={label('grade')} fullWidth />
          <SelectInput source="travellerType" label={label('travellerType')} choices={travellerTypeChoices} validate={required()} fullWidth />
          <DateInput source="validFrom" label={label('validFrom')} validate={required()} fullWidth />
          <DateInput source="validTo" label={label('validTo')} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.accountTravellers.action.link" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Ends a traveller's link on a last day (today unless changed); from the day after, the account's partners no longer read the traveller. */
export const EndLinkDialog = ({ traveller, onClose }: { traveller: Traveller; onClose: () => void }) => {
  const translate = useTranslate();
  const [update] = useUpdate();
  const save = useDialogSave(onClose, 'resources.accountTravellers.end.done');
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <Form
        defaultValues={{ validTo: today() }}
        onSubmit={(values: Record<string, unknown>) =>
          save(() => update('accountTravellers', { id: traveller.id, data: values, previousData: traveller }, { returnPromise: true }))
        }
      >
        <DialogTitle>{translate('resources.accountTravellers.end.title', { name: traveller.profile?.fullName ?? traveller.employeeId ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.accountTravellers.end.help')}</DialogContentText>
          <DateInput source="validTo" label={label('validTo')} validate={required()} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.accountTravellers.action.end" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
