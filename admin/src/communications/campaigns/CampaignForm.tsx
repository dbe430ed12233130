import {
  ArrayInput,
  Create,
  Edit,
  maxLength,
  ReferenceInput,
  AutocompleteInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  FormDataConsumer,
} from 'react-admin';
import { campaignChannelChoices } from '../communicationsChoices';
import type { CampaignFormValues } from './campaigns.operations';

const splitWords = (value: string) => value.split(',').map((word) => word.trim());
const joinWords = (value: string[] | undefined) => (value ?? []).join(', ');

const CampaignInputs = ({ creating }: { creating: boolean }) => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <SelectInput source="channel" choices={campaignChannelChoices} validate={required()} disabled={!creating} />
    <TextInput source="audience.segments" parse={splitWords} format={joinWords} helperText="resources.campaigns.helper.segments" />
    <TextInput source="audience.tags" parse={splitWords} format={joinWords} helperText="resources.campaigns.helper.tags" />
    <ReferenceInput source="audience.accountId" reference="corporateAccounts">
      <AutocompleteInput optionText="name" helperText="resources.campaigns.helper.accountId" />
    </ReferenceInput>
    <TextInput source="defaultLanguage" validate={required()} helperText="resources.campaigns.helper.defaultLanguage" />
    <FormDataConsumer<CampaignFormValues>>
      {({ formData }) => (
        <ArrayInput source="contents" validate={required()}>
          <SimpleFormIterator inline={false} disableReordering>
            <TextInput source="language" validate={required()} helperText="resources.campaigns.helper.language" />
            {formData.channel !== 'SMS' && <TextInput source="subject" validate={required()} fullWidth />}
            <TextInput source="body" validate={required()} multiline minRows={4} fullWidth helperText="resources.campaigns.helper.body" />
          </SimpleFormIterator>
        </ArrayInput>
      )}
    </FormDataConsumer>
  </>
);

export const CampaignCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ channel: 'EMAIL', defaultLanguage: 'en', audience: { segments: [], tags: [] }, contents: [{ language: 'en' }] }}>
      <CampaignInputs creating />
    </SimpleForm>
  </Create>
);

// Pessimistic: a stale version comes back as CONFLICT and the form stays open with the change.
export const CampaignEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <CampaignInputs creating={false} />
    </SimpleForm>
  </Edit>
);
