import { CheckboxGroupInput, required, useGetList } from 'react-admin';

/** Roles come from the API's `roles` query, so a role added on the server shows up here without a console change. */
export const RoleCheckboxes = () => {
  const { data: roles = [], isPending } = useGetList('roles', { pagination: { page: 1, perPage: 100 } });
  if (isPending) return null;
  return <CheckboxGroupInput source="roles" choices={roles} optionText="name" translateChoice={false} validate={required()} />;
};
