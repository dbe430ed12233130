import { registerEnumType } from 'type-graphql';

export enum PolicyScope {
  ACCOUNT = 'ACCOUNT',
  DEPARTMENT = 'DEPARTMENT',
  GRADE = 'GRADE',
}
registerEnumType(PolicyScope, { name: 'PolicyScope', description: 'Whom a policy applies to: the whole account, or an override for a department or a grade.' });
