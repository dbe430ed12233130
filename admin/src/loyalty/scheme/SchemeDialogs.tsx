import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import {
  Button,
  Form,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  minValue,
  required,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { LoyaltyMemberStatusPartsFragment, LoyaltyRewardFieldsFragment } from '../../graphql/generated';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import type { DataProviderError } from '../../dataProvider/graphqlRequest';
import type { AdjustmentFormValues, RedemptionFormValues } from './loyaltyMembers.operations';

const label = (field: string) => `resources.loyaltyMembers.fields.${field}`;

/** Explains that the traveller must have consented to the scheme's terms; the server's refusal shows in the dialog. */
export const EnrolDialog = ({ profileId, onClose }: { profileId: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const [refusal, setRefusal] = useState<string | null>(null);
  const enrol = async () => {
    try {
      await create('loyaltyEnrolments', { data: { profileId } }, { returnPromise: true });
      notify('resources.loyaltyMembers.enrolled', { type: 'info' });
      onClose();
      refresh();
    } catch (error) {
      const failure = error as DataProviderError;
      setRefusal(Object.values(failure.body?.errors ?? {})[0] ?? translate(failure.message, { _: failure.message }));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('resources.loyaltyMembers.enrol')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('resources.loyaltyMembers.enrolExplanation')}</DialogContentText>
        {refusal && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {refusal}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="resources.loyaltyMembers.enrol" variant="contained" onClick={enrol} disabled={isPending} />
      </DialogActions>
    </Dialog>
  );
};

const rewardText = (translate: ReturnType<typeof useTranslate>) => (reward: LoyaltyRewardFieldsFragment) =>
  translate('resources.loyaltyRewards.choice', { name: reward.name, points: reward.pointsPrice.toLocaleString() });

/** A reward at its points price, or a number of points; the server refuses more than the member has available. */
export const RedeemDialog = ({ member, onClose }: { member: LoyaltyMemberStatusPartsFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const [create] = useCreate();
  const saveDialog = useDialogSave(onClose, 'resources.loyaltyMembers.redeemed');
  const save = (values: RedemptionFormValues) =>
    saveDialog(() => create('loyaltyRedemptions', { data: { ...values, memberId: member.id } }, { returnPromise: true }));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form record={{ redeem: 'reward' }} onSubmit={save as never}>
        <DialogTitle>{translate('resources.loyaltyMembers.redeem')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.loyaltyMembers.availableNow', { points: member.availablePoints.toLocaleString() })}</DialogContentText>
          <RadioButtonGroupInput
            source="redeem"
            label={label('redeem')}
            choices={[
              { id: 'reward', name: 'resources.loyaltyMembers.redeemChoice.reward' },
              { id: 'points', name: 'resources.loyaltyMembers.redeemChoice.points' },
            ]}
          />
          <FormDataConsumer<RedemptionFormValues>>
            {({ formData }) =>
              formData.redeem === 'points' ? (
                <NumberInput source="points" label={label('points')} validate={[required(), minValue(1)]} step={1} fullWidth />
              ) : (
                <ReferenceInput source="rewardId" reference="loyaltyRewards" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }}>
                  <SelectInput label={label('reward')} optionText={rewardText(translate)} validate={required()} fullWidth />
                </ReferenceInput>
              )
            }
          </FormDataConsumer>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable label="resources.loyaltyMembers.redeem" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Points added, or deducted with a minus sign; the reason is required and kept with the entry. */
export const AdjustDialog = ({ member, onClose }: { member: LoyaltyMemberStatusPartsFragment; onClose: () => void }) => {
  const translate = useTranslate();
  const [create] = useCreate();
  const saveDialog = useDialogSave(onClose, 'resources.loyaltyMembers.adjusted');
  const save = (values: AdjustmentFormValues) =>
    saveDialog(() => create('loyaltyAdjustments', { data: { ...values, memberId: member.id } }, { returnPromise: true }));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <Form onSubmit={save as never}>
        <DialogTitle>{translate('resources.loyaltyMembers.adjust')}</DialogTitle>
        <DialogContent>
          <NumberInput
            source="points"
            label={label('adjustPoints')}
            helperText="resources.loyaltyMembers.helper.adjustPoints"
            validate={required()}
            step={1}
            fullWidth
          />
          <TextInput source="reason" label={label('reason')} validate={required()} multiline fullWidth />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
