import type { ResourceProps } from 'react-admin';
import type { Scope } from './auth/scopes';
import type { ResourceOperations } from './dataProvider/graphqlRequest';

/** One resource of the console, as its folder exports it; `resources.ts` lists them and App registers each. */
export interface ConsoleResource extends Pick<ResourceProps, 'name' | 'list' | 'show' | 'create' | 'edit' | 'icon' | 'recordRepresentation'> {
  /** Without it the resource is not registered at all, so neither the menu nor a route shows it. */
  readScope: Scope;
  /** Needed for `create` and `edit`; absent when the resource is read-only. */
  writeScope?: Scope;
  /** The data provider's documents for each react-admin fetch type the resource supports. */
  operations: ResourceOperations;
}
