import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Card, CardContent, CardHeader, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  Button,
  DataTable,
  DateInput,
  Form,
  Loading,
  NumberInput,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  required,
  useGetOne,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { LoyaltySchemeQuery, LoyaltySchemeRulesPartsFragment } from '../../graphql/generated';
import { useScopes } from '../../auth/useScopes';
import { useDialogSave } from '../../dataProvider/useDialogSave';
import { productTypeChoices } from './schemeChoices';
import type { RevisionFormValues } from './loyaltyScheme.operations';

type Scheme = LoyaltySchemeQuery['loyaltyScheme'];
type SchemeVersion = Scheme['versions'][number];

const label = (field: string) => `resources.loyaltyScheme.fields.${field}`;
const today = () => new Date().toISOString().slice(0, 10);

const RulesTables = ({ rules }: { rules: LoyaltySchemeRulesPartsFragment }) => {
  const translate = useTranslate();
  const productTypes = (types: readonly string[] | null | undefined) =>
    types?.length ? types.map((type) => translate(`resources.loyaltyMembers.productType.${type}`)).join(', ') : translate('resources.loyaltyScheme.every');
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1">{translate(label('earningRules'))}</Typography>
      <DataTable data={rules.earningRules.map((rule, index) => ({ id: index, ...rule }))} bulkActionButtons={false} rowClick={false} sort={undefined}>
        <DataTable.Col
          source="productType"
          label={label('productType')}
          render={(rule) => translate(`resources.loyaltyMembers.productType.${rule.productType}`)}
        />
        <DataTable.Col source="currency" label={label('currency')} />
        <DataTable.Col source="pointsPerUnit" label={label('pointsPerUnit')} />
      </DataTable>
      <Typography variant="subtitle1">{translate(label('bonusRules'))}</Typography>
      <DataTable data={rules.bonusRules.map((rule, index) => ({ id: index, ...rule }))} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" label={label('name')} />
        <DataTable.Col source="segment" label={label('segment')} render={(rule) => rule.segment ?? translate('resources.loyaltyScheme.every')} />
        <DataTable.Col source="productTypes" label={label('productTypes')} render={(rule) => productTypes(rule.productTypes)} />
        <DataTable.Col source="from" label={label('from')} render={(rule) => rule.from ?? '—'} />
        <DataTable.Col source="to" label={label('to')} render={(rule) => rule.to ?? '—'} />
        <DataTable.Col source="multiplier" label={label('multiplier')} render={(rule) => rule.multiplier ?? '—'} />
        <DataTable.Col source="extraPoints" label={label('extraPoints')} render={(rule) => rule.extraPoints ?? '—'} />
      </DataTable>
      <Typography variant="subtitle1">{translate(label('tiers'))}</Typography>
      <DataTable data={rules.tiers.map((tier, index) => ({ id: index, ...tier }))} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" label={label('tierName')} />
        <DataTable.Col source="qualifyingPoints" label={label('qualifyingPoints')} />
        <DataTable.Col source="qualifyingTrips" label={label('qualifyingTrips')} render={(tier) => tier.qualifyingTrips ?? '—'} />
        <DataTable.Col source="retentionPoints" label={label('retentionPoints')} />
      </DataTable>
      <Typography variant="body2">
        {translate('resources.loyaltyScheme.summary', {
          grace: rules.gracePeriodDays,
          expiry:
            rules.expiryMonths == null
              ? translate('resources.loyaltyScheme.neverExpire')
              : translate('resources.loyaltyScheme.expireAfter', { months: rules.expiryMonths }),
          terms: rules.termsVersion,
        })}
      </Typography>
    </Stack>
  );
};

const ReviseDialog = ({ scheme, current, onClose }: { scheme: Scheme & { id: string }; current: SchemeVersion; onClose: () => void }) => {
  const translate = useTranslate();
  const [update] = useUpdate();
  const saveDialog = useDialogSave(onClose, 'resources.loyaltyScheme.revised');
  const save = (values: RevisionFormValues) =>
    saveDialog(() => update('loyaltyScheme', { id: 'scheme', data: values, previousData: scheme }, { returnPromise: true }));
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth>
      <Form record={{ effectiveFrom: today(), rules: current.rules }} onSubmit={save as never}>
        <DialogTitle>{translate('resources.loyaltyScheme.revise')}</DialogTitle>
        <DialogContent>
          <DateInput source="effectiveFrom" label={label('effectiveFrom')} validate={required()} helperText="resources.loyaltyScheme.helper.effectiveFrom" />
          <ArrayInput source="rules.earningRules" label={label('earningRules')}>
            <SimpleFormIterator inline disableReordering>
              <SelectInput source="productType" label={label('productType')} choices={productTypeChoices} validate={required()} />
              <TextInput source="currency" label={label('currency')} validate={required()} />
              <NumberInput source="pointsPerUnit" label={label('pointsPerUnit')} validate={required()} />
            </SimpleFormIterator>
          </ArrayInput>
          <ArrayInput source="rules.bonusRules" label={label('bonusRules')}>
            <SimpleFormIterator inline disableReordering>
              <TextInput source="name" label={label('name')} validate={required()} />
              <TextInput source="segment" label={label('segment')} />
              <SelectArrayInput source="productTypes" label={label('productTypes')} choices={productTypeChoices} />
              <DateInput source="from" label={label('from')} />
              <DateInput source="to" label={label('to')} />
              <NumberInput source="multiplier" label={label('multiplier')} />
              <NumberInput source="extraPoints" label={label('extraPoints')} step={1} />
            </SimpleFormIterator>
          </ArrayInput>
          <ArrayInput source="rules.tiers" label={label('tiers')} helperText="resources.loyaltyScheme.helper.tiers">
            <SimpleFormIterator inline>
              <TextInput source="code" label={label('tierCode')} validate={required()} />
              <TextInput source="name" label={label('tierName')} validate={required()} />
              <NumberInput source="qualifyingPoints" label={label('qualifyingPoints')} validate={required()} step={1} />
              <NumberInput source="qualifyingTrips" label={label('qualifyingTrips')} step={1} />
              <NumberInput source="retentionPoints" label={label('retentionPoints')} validate={required()} step={1} />
            </SimpleFormIterator>
          </ArrayInput>
          <NumberInput source="rules.gracePeriodDays" label={label('gracePeriodDays')} validate={required()} step={1} />
          <NumberInput source="rules.expiryMonths" label={label('expiryMonths')} helperText="resources.loyaltyScheme.helper.expiryMonths" step={1} />
          <TextInput source="rules.termsVersion" label={label('termsVersion')} validate={required()} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Our scheme's configuration: the version in force, those to come and before, and a revision from a date (access:admin). */
export const LoyaltySchemePage = () => {
  const translate = useTranslate();
  const { can } = useScopes();
  const { data, isPending } = useGetOne<Scheme & { id: string }>('loyaltyScheme', { id: 'scheme' });
  const [revising, setRevising] = useState(false);
  if (isPending || !data) return <Loading />;
  const date = today();
  const current = data.versions.find((version) => version.effectiveFrom <= date && (version.effectiveTo === null || version.effectiveTo >= date));
  const latest = data.versions[0];
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="resources.loyaltyScheme.name" />
      {data.versions.map((version) => (
        <Card key={version.id} variant={version === current ? 'elevation' : 'outlined'} data-testid={version === current ? 'scheme-current' : undefined}>
          <CardHeader
            title={translate(
              version === current
                ? 'resources.loyaltyScheme.current'
                : version.effectiveFrom > date
                  ? 'resources.loyaltyScheme.upcoming'
                  : 'resources.loyaltyScheme.past',
            )}
            subheader={translate('resources.loyaltyScheme.period', { from: version.effectiveFrom, to: version.effectiveTo ?? '…' })}
            action={
              version === latest && can('access:admin') ? (
                <Button label="resources.loyaltyScheme.revise" onClick={() => setRevising(true)}>
                  <EditIcon />
                </Button>
              ) : undefined
            }
          />
          <CardContent>
            <RulesTables rules={version.rules} />
          </CardContent>
        </Card>
      ))}
      {data.versions.length === 0 && <Typography>{translate('resources.loyaltyScheme.noVersions')}</Typography>}
      {revising && latest && <ReviseDialog scheme={data} current={latest} onClose={() => setRevising(false)} />}
    </Stack>
  );
};
