import {
  BREAK,
  DocumentNode,
  ExecutionResult,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  getOperationAST,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SelectionNode,
  SelectionSetNode,
  GraphQLOutputType,
  visit,
} from 'graphql';
import { getDirectiveExtensions } from '@graphql-tools/utils';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ANONYMOUS, hasScopes, Principal } from '@wayfarer/kit';
import { coercedVariablesOf, VariableValues } from './variables';

/** A list step in a refused path: the refusal applies to every item (each gets its own error, at its index). */
const EVERY_ITEM = '@';
const DECISIONS_PER_DOCUMENT = 32;
/**
 * The alias of the `__typename` that stands in for a field's subfields when every one of them is
 * refused: the field still runs, so the answer keeps its shape (`passports: [{ number: null }]`)
 * instead of losing the field, which GraphQL clients' caches treat as a broken answer.
 */
const PLACEHOLDER = '_wayfarerRefusedSubfields';
const PLACEHOLDER_SELECTION: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: PLACEHOLDER }, name: { kind: Kind.NAME, value: '__typename' } }],
};

interface Refusal {
  path: string[];
  node: FieldNode;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

interface Decision {
  /** The original document when nothing is refused, so every cache keyed on it downstream still hits. */
  document: DocumentNode;
  refusals: Refusal[];
  /** Fields all of whose subfields were refused: they run with only {@link PLACEHOLDER}, taken out of the answer again. */
  placeholders: string[][];
  /** Nothing left to run: every root field was refused. */
  empty: boolean;
}

interface FieldRules {
  authenticated: boolean;
  scopeGroups: string[][][];
}

const rulesCache = new WeakMap<object, FieldRules>();

function rulesOf(schema: GraphQLSchema, parentType: GraphQLNamedType, fieldName: string): FieldRules | undefined {
  if (!isObjectType(parentType) && !isInterfaceType(parentType)) return undefined;
  const field = parentType.getFields()[fieldName];
  if (!field) return undefined;
  let rules = rulesCache.get(field);
  if (!rules) {
    const typeDirectives = getDirectiveExtensions<{ authenticated: object; requiresScopes: { scopes: string[][] } }>(parentType, schema);
    const fieldDirectives = getDirectiveExtensions<{ authenticated: object; requiresScopes: { scopes: string[][] } }>(field, schema);
    const scopeGroups = [typeDirectives.requiresScopes?.[0]?.scopes, fieldDirectives.requiresScopes?.[0]?.scopes].filter((groups): groups is string[][] =>
      Boolean(groups?.length),
    );
    rules = { authenticated: Boolean(typeDirectives.authenticated?.length || fieldDirectives.authenticated?.length), scopeGroups };
    rulesCache.set(field, rules);
  }
  return rules;
}

function refusalCode(rules: FieldRules, principal: Principal): Refusal['code'] | undefined {
  if (!rules.authenticated && rules.scopeGroups.length === 0) return undefined;
  if (principal.kind === 'anonymous') return 'UNAUTHENTICATED';
  if (rules.scopeGroups.some((groups) => !hasScopes(principal, groups))) return 'FORBIDDEN';
  return undefined;
}

/** `@skip` / `@include` make what is asked depend on the variables, so such documents are decided per request. */
function hasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== GraphQLSkipDirective.name && directive.name.value !== GraphQLIncludeDirective.name) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Removes the fields the principal may not read from a document and says where they were.
 * The outcome depends only on the document, the operation and the principal's scopes, so it is
 * computed once per combination; the generic-auth plugin this replaces rebuilt the document on
 * every request, which also defeated the executor's and the planner's per-document caches.
 */
function decide(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  principal: Principal,
  variables: VariableValues | undefined,
): Decision {
  const operation = getOperationAST(document, operationName);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return { document, refusals: [], placeholders: [], empty: false };
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const refusals: Refusal[] = [];
  const placeholders: string[][] = [];

  const included = (selection: SelectionNode) => {
    if (!selection.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  };

  /** The selection set without refused fields (the same object when nothing changes), or null when nothing is left. */
  const filter = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, path: string[]): SelectionSetNode | null => {
    let changed = false;
    const kept: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (!included(selection)) {
        kept.push(selection);
        continue;
      }
      let filtered: SelectionNode | null = selection;
      if (selection.kind === Kind.FIELD) {
        filtered = filterField(selection, parentType, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeCondition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        const inner = typeCondition ? filter(selection.selectionSet, typeCondition, path) : selection.selectionSet;
        filtered = inner === selection.selectionSet ? selection : inner && { ...selection, selectionSet: inner };
      } else {
        const fragment = fragments.get(selection.name.value);
        const typeCondition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && typeCondition) {
          // A spread is replaced by its filtered fields only when something in it is refused.
          const inner = filter(fragment.selectionSet, typeCondition, path);
          filtered =
            inner === fragment.selectionSet
              ? selection
              : inner && { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, directives: selection.directives, selectionSet: inner };
        }
      }
      if (filtered !== selection) changed = true;
      if (filtered) kept.push(filtered);
    }
    if (!changed) return selectionSet;
    return kept.length ? { ...selectionSet, selections: kept } : null;
  };

  const filterField = (field: FieldNode, parentType: GraphQLNamedType, path: string[]): FieldNode | null => {
    if (isIntrospectionType(parentType)) return field;
    const rules = rulesOf(schema, parentType, field.name.value);
    if (!rules) return field;
    const fieldPath = [...path, field.alias?.value ?? field.name.value];
    const code = refusalCode(rules, principal);
    if (code) {
      refusals.push({ path: fieldPath, node: field, code });
      return null;
    }
    if (!field.selectionSet) return field;
    const fieldType = (parentType as { getFields(): Record<string, { type: GraphQLOutputType }> }).getFields()[field.name.value].type;
    const unwrapped = isNonNullType(fieldType) ? fieldType.ofType : fieldType;
    const itemPath = isListType(unwrapped) ? [...fieldPath, EVERY_ITEM] : fieldPath;
    const inner = filter(field.selectionSet, getNamedType(fieldType), itemPath);
    if (inner === field.selectionSet) return field;
    if (inner) return { ...field, selectionSet: inner };
    placeholders.push(itemPath);
    return { ...field, selectionSet: PLACEHOLDER_SELECTION };
  };

  const selectionSet = filter(operation.selectionSet, rootType, []);
  if (selectionSet === operation.selectionSet) return { document, refusals, placeholders, empty: false };
  if (!selectionSet) return { document, refusals, placeholders, empty: true };
  return {
    document: { ...document, definitions: document.definitions.map((definition) => (definition === operation ? { ...operation, selectionSet } : definition)) },
    refusals,
    placeholders,
    empty: false,
  };
}

type ResponsePath = (string | number)[];

/**
 * Sets `null` at a refused path, in every item of each list on the way (the answer's shape stays
 * what was asked), and collects each place it did so as a GraphQL response path, list steps as
 * indices: an error must name the very item, so clients can put it where it belongs.
 */
function nullAt(value: unknown, path: readonly string[], at: ResponsePath, nulled: ResponsePath[]): void {
  const [key, ...rest] = path;
  if (key === EVERY_ITEM) {
    if (Array.isArray(value)) value.forEach((item, index) => nullAt(item, rest, [...at, index], nulled));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (rest.length === 0) {
    object[key] = null;
    nulled.push([...at, key]);
    return;
  }
  if (object[key] === undefined || typeof object[key] !== 'object') object[key] = {};
  nullAt(object[key], rest, [...at, key], nulled);
}

/** Takes the placeholder out of every object at a path (in every item of each list on the way). */
function removePlaceholderAt(data: unknown, path: string[]): void {
  const [key, ...rest] = path;
  if (key === EVERY_ITEM) {
    if (Array.isArray(data)) for (const item of data) removePlaceholderAt(item, rest);
    return;
  }
  if (!data || typeof data !== 'object') return;
  if (key === undefined) delete (data as Record<string, unknown>)[PLACEHOLDER];
  else removePlaceholderAt((data as Record<string, unknown>)[key], rest);
}

function refusalError(refusal: Refusal, path: ResponsePath): GraphQLError {
  const message = refusal.code === 'UNAUTHENTICATED' ? 'Sign in first' : 'Not allowed to read or change this field';
  return new GraphQLError(message, { nodes: [refusal.node], path, extensions: { code: refusal.code } });
}

/**
 * The authorisation outcome of each document × operation × scope set, computed once: the plugin
 * below and the single-subgraph forwarding both ask it.
 */
export class FieldAuthorizer {
  private readonly decisions = new WeakMap<DocumentNode, Map<string, Decision>>();
  private readonly conditional = new WeakMap<DocumentNode, boolean>();

  decisionFor(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    principal: Principal,
    variables: VariableValues | undefined,
  ): Decision {
    let variableDependent = this.conditional.get(document);
    if (variableDependent === undefined) {
      variableDependent = hasConditions(document);
      this.conditional.set(document, variableDependent);
    }
    if (variableDependent) return decide(schema, document, operationName, principal, variables);
    const key = `${operationName ?? ''}\n${principal.kind === 'anonymous' ? '-' : `+${principal.scopes.join(' ')}`}`;
    let byPrincipal = this.decisions.get(document);
    if (!byPrincipal) this.decisions.set(document, (byPrincipal = new Map()));
    let decision = byPrincipal.get(key);
    if (!decision) {
      decision = decide(schema, document, operationName, principal, undefined);
      if (byPrincipal.size >= DECISIONS_PER_DOCUMENT) byPrincipal.delete(byPrincipal.keys().next().value!);
      byPrincipal.set(key, decision);
    }
    return decision;
  }
}

/**
 * Enforces `@authenticated` and `@requiresScopes` from the supergraph field by field: a refused
 * field is left out of what runs and answered as `null` with an error at its path, and the rest
 * of the answer still arrives (HTTP 200), which is what the console and partners expect.
 */
export function useFieldAuthorization(authorizer: FieldAuthorizer): GatewayPlugin<{ principal?: Principal }> {
  return {
    onExecute({ args, setExecuteFn }) {
      const principal = args.contextValue.principal ?? ANONYMOUS;
      const decision = authorizer.decisionFor(args.schema, args.document, args.operationName, principal, coercedVariablesOf(args));
      const { refusals, placeholders } = decision;
      if (refusals.length === 0) return;
      const withRefusals = (result: ExecutionResult): ExecutionResult => {
        const data = (result.data ?? {}) as Record<string, unknown>;
        for (const path of placeholders) removePlaceholderAt(data, path);
        const refused = refusals.flatMap((refusal) => {
          const nulled: ResponsePath[] = [];
          nullAt(data, refusal.path, [], nulled);
          return nulled.map((path) => refusalError(refusal, path));
        });
        return { ...result, data, errors: [...(result.errors ?? []), ...refused] };
      };
      // Every root field refused: nothing to run, but the plugins after this one still see the answer.
      if (decision.empty) setExecuteFn(() => ({ data: {} }));
      else args.document = decision.document;
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) setResult(withRefusals(result as ExecutionResult));
        },
      };
    },
  };
}
