import { BooleanInput, DateTimeInput, FormDataConsumer, maxLength, minValue, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { CreateDialog } from '../CreateDialog';
import {
  channelChoices,
  complaintCategoryChoices,
  complaintSeverityChoices,
  directionChoices,
  feedbackChannelChoices,
  feedbackProductChoices,
  ratingChoices,
  requirementChoices,
  VOICE_CHANNELS,
} from '../communicationsChoices';
import type { CallFormValues } from '../interactions/interactions.operations';

interface ProfileDialogProps {
  profileId: string;
  onClose: () => void;
}

const mustAgree = (value: unknown) => (value === true ? undefined : 'resources.interactions.helper.mustAgree');

/** Quick entry of a call while on the phone: telephone and inbound preset; recording or monitoring asks for the customer's agreement. */
export const LogCallDialog = ({ profileId, onClose }: ProfileDialogProps) => {
  const translate = useTranslate();
  const label = (field: string) => `resources.interactions.fields.${field}`;
  return (
    <CreateDialog
      resource="interactions"
      title="resources.interactions.logCall"
      notice="resources.interactions.logged"
      defaults={{ profileId, channel: 'TELEPHONE', direction: 'INBOUND', requirement: 'INFORMATION', confidential: false, recorded: false, monitored: false }}
      onClose={onClose}
      refusalOf={(errors) => (errors['recording.recorded'] ? translate('resources.interactions.recordingRefused') : null)}
    >
      <SelectInput source="channel" label={label('channel')} choices={channelChoices} validate={required()} fullWidth />
      <SelectInput source="direction" label={label('direction')} choices={directionChoices} validate={required()} fullWidth />
      <SelectInput source="requirement" label={label('requirement')} choices={requirementChoices} validate={required()} fullWidth />
      <TextInput source="summary" label={label('summary')} validate={maxLength(4000)} multiline fullWidth />
      <TextInput source="outcome" label={label('outcome')} validate={maxLength(4000)} multiline fullWidth />
      <NumberInput source="durationMinutes" label={label('durationMinutes')} validate={minValue(0)} step={1} fullWidth />
      <BooleanInput source="confidential" label={label('confidential')} helperText="resources.interactions.helper.confidential" />
      <FormDataConsumer<CallFormValues>>
        {({ formData }) =>
          formData.channel && VOICE_CHANNELS.has(formData.channel) ? (
            <>
              <BooleanInput source="recorded" label={label('recorded')} helperText="resources.interactions.helper.recorded" />
              <BooleanInput source="monitored" label={label('monitored')} />
              {(formData.recorded || formData.monitored) && (
                <BooleanInput source="customerToldAndAgreed" label={label('customerToldAndAgreed')} validate={mustAgree} />
              )}
            </>
          ) : null
        }
      </FormDataConsumer>
    </CreateDialog>
  );
};

/** A promise made to the traveller, due at a time not in the past; it lands on the owner's worklist. */
export const UndertakingDialog = ({ profileId, onClose }: ProfileDialogProps) => (
  <CreateDialog
    resource="undertakings"
    title="resources.myWork.newUndertaking"
    notice="resources.myWork.undertakingSaved"
    defaults={{ profileId }}
    onClose={onClose}
  >
    <TextInput source="description" label="resources.myWork.fields.description" validate={[required(), maxLength(2000)]} multiline fullWidth />
    <DateTimeInput source="dueAt" label="resources.myWork.fields.dueAt" validate={required()} fullWidth />
    <TextInput source="team" label="resources.myWork.fields.team" helperText="resources.myWork.helper.team" fullWidth />
  </CreateDialog>
);

/** A complaint opened as NEW: its clocks start now, with targets by severity. */
export const OpenComplaintDialog = ({ profileId, onClose }: ProfileDialogProps) => {
  const label = (field: string) => `resources.complaints.fields.${field}`;
  return (
    <CreateDialog
      resource="complaints"
      title="resources.complaints.open"
      notice="resources.complaints.opened"
      defaults={{ profileId, category: 'SERVICE', severity: 'MEDIUM' }}
      onClose={onClose}
    >
      <TextInput source="subject" label={label('subject')} validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="description" label={label('description')} validate={[required(), maxLength(4000)]} multiline fullWidth />
      <SelectInput source="category" label={label('category')} choices={complaintCategoryChoices} validate={required()} fullWidth />
      <SelectInput source="severity" label={label('severity')} choices={complaintSeverityChoices} validate={required()} fullWidth />
      <TextInput source="team" label={label('team')} helperText="resources.myWork.helper.team" fullWidth />
    </CreateDialog>
  );
};

/** The traveller's opinion of a product or supplier. */
export const FeedbackDialog = ({ profileId, onClose }: ProfileDialogProps) => {
  const label = (field: string) => `resources.feedbacks.fields.${field}`;
  return (
    <CreateDialog
      resource="feedbacks"
      title="resources.feedbacks.record"
      notice="resources.feedbacks.recorded"
      defaults={{ profileId, channel: 'TELEPHONE' }}
      onClose={onClose}
    >
      <SelectInput source="productType" label={label('productType')} choices={feedbackProductChoices} validate={required()} fullWidth />
      <TextInput source="supplierCode" label={label('supplierCode')} validate={[required(), maxLength(16)]} fullWidth />
      <TextInput source="supplierName" label={label('supplierName')} validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="rating" label={label('rating')} choices={ratingChoices} validate={required()} fullWidth />
      <SelectInput source="channel" label={label('channel')} choices={feedbackChannelChoices} validate={required()} fullWidth />
      <TextInput source="comment" label={label('comment')} validate={maxLength(4000)} multiline fullWidth />
      <TextInput source="bookingReference" label={label('bookingReference')} validate={maxLength(64)} fullWidth />
    </CreateDialog>
  );
};

/** Refers the conversation to a team with the reason given to the customer (PC14); it lands on the team's worklist. */
export const ReferDialog = ({ conversationId, onClose }: { conversationId: string; onClose: () => void }) => (
  <CreateDialog resource="referrals" title="resources.myWork.refer" notice="resources.myWork.referred" defaults={{ conversationId }} onClose={onClose}>
    <TextInput
      source="toTeam"
      label="resources.myWork.fields.toTeam"
      validate={[required(), maxLength(32)]}
      helperText="resources.myWork.helper.team"
      fullWidth
    />
    <TextInput source="reasonGiven" label="resources.myWork.fields.reasonGiven" validate={[required(), maxLength(1000)]} multiline fullWidth />
  </CreateDialog>
);
