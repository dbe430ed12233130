import { SelectInput, TextInput, required } from 'react-admin';
import { channelChoices, CURRENT_NOTICE_VERSION, legalBasisChoices } from './consentChoices';

/** Why the traveller's profile may be stored at all: asked once, when the profile is created. */
export const LawfulBasisInputs = () => (
  <>
    <SelectInput
      source="lawfulBasis.legalBasis"
      choices={legalBasisChoices}
      defaultValue="CONTRACT"
      validate={required()}
      helperText="resources.profiles.helper.lawfulBasis"
    />
    <TextInput source="lawfulBasis.noticeVersion" defaultValue={CURRENT_NOTICE_VERSION} validate={required()} />
    <SelectInput source="lawfulBasis.channel" choices={channelChoices} validate={required()} />
  </>
);
