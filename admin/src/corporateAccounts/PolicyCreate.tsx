import { Create, DateInput, FormDataConsumer, SelectInput, SimpleForm, TextInput, required, useGetOne } from 'react-admin';
import { useLocation } from 'react-router-dom';
import type { CorporateAccountByIdQuery } from '../graphql/generated';
import { policyScopeChoices } from './corporateChoices';
import { PolicyRulesInputs } from './PolicyRulesInputs';

const today = () => new Date().toISOString().slice(0, 10);

/** Opened from an account (its id in `?accountId=`): the account policy, or an override for one of its departments or a grade. */
export const PolicyCreate = () => {
  const accountId = new URLSearchParams(useLocation().search).get('accountId') ?? '';
  const { data: account } = useGetOne<NonNullable<CorporateAccountByIdQuery['corporateAccount']>>(
    'corporateAccounts',
    { id: accountId },
    { enabled: !!accountId },
  );
  const hasAccountPolicy = account?.travelPolicies.some((policy) => policy.appliesTo === 'ACCOUNT') ?? false;
  const departmentChoices = (account?.departments ?? []).map((department) => ({ id: department.code, name: `${department.code} — ${department.name}` }));
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ accountId, appliesTo: hasAccountPolicy ? 'DEPARTMENT' : 'ACCOUNT', effectiveFrom: today(), rules: {} }}>
        <TextInput source="name" validate={required()} />
        <SelectInput source="appliesTo" choices={policyScopeChoices} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.appliesTo === 'DEPARTMENT' ? (
              <SelectInput source="departmentCode" choices={departmentChoices} validate={required()} />
            ) : formData.appliesTo === 'GRADE' ? (
              <TextInput source="grade" validate={required()} />
            ) : null
          }
        </FormDataConsumer>
        <DateInput source="effectiveFrom" validate={required()} />
        <PolicyRulesInputs />
      </SimpleForm>
    </Create>
  );
};
