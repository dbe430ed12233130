import { AuthCheckerInterface, Authorized, Directive, getMetadataStorage, ResolverData } from 'type-graphql';
import type { Scope } from '@wayfarer/registry';
import { hasScopes } from './principal';
import { UnauthenticatedError } from '../errors/domain.error';
import type { SubgraphContext } from '../server/context';

const GROUP_SEPARATOR = ' ';

type FieldDecorator = MethodDecorator & PropertyDecorator;

function both(first: FieldDecorator, second: FieldDecorator): FieldDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    first(target, key, descriptor as never);
    second(target, key, descriptor as never);
  }) as FieldDecorator;
}

/**
 * Federation's `@authenticated`, written into the SDL for the router and enforced here too,
 * so a request that reaches this subgraph by any path (`_entities` included) is checked.
 */
export function Authenticated(): FieldDecorator {
  return both(Directive('@authenticated'), Authorized());
}

/** Federation's `@requiresScopes`: any one group of scopes, each group in full; only catalogued scopes type-check. */
export function RequiresScopes(...anyOf: Scope[][]): FieldDecorator {
  const sdl = `@requiresScopes(scopes: ${JSON.stringify(anyOf)})`;
  return both(Directive(sdl), Authorized(anyOf.map((group) => group.join(GROUP_SEPARATOR))));
}

/** The scope groups `@RequiresScopes` puts on a field of a class (any one group, in full, lets a caller read it); empty when the field has none. */
export function requiredScopesOf(target: Function, field: string): string[][] {
  const rule = getMetadataStorage().authorizedFields.find((entry) => entry.target === target && entry.fieldName === field);
  return (rule?.roles ?? []).map((group) => String(group).split(GROUP_SEPARATOR));
}

/** type-graphql's check behind both decorators; a denied field resolves to null with FORBIDDEN. */
export class ScopeAuthChecker implements AuthCheckerInterface<SubgraphContext> {
  check({ context }: ResolverData<SubgraphContext>, groups: string[]): boolean {
    if (context.principal.kind === 'anonymous') throw new UnauthenticatedError();
    if (groups.length === 0) return true;
    return hasScopes(
      context.principal,
      groups.map((group) => group.split(GROUP_SEPARATOR)),
    );
  }
}
