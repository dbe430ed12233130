import {
  ASTNode,
  BREAK,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  NamedTypeNode,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  valueFromAST,
  visit,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { coercedVariablesOf, VariableValues } from './variables';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Items assumed in a list whose `page.limit` is not written in the query. */
  assumedListSize: number;
}

const MUTATION_COST = 10;
/**
 * How deep introspection may go: as deep as the fullest standard introspection query (every option
 * graphql-js offers, as GraphiQL and codegen send it), and no deeper, unless the query depth allows more.
 */
const INTROSPECTION_DEPTH = (() => {
  const standard = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  const fragments = Object.fromEntries(
    standard.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operation = standard.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation ? depthOf(operation.selectionSet, fragments, new Set()) : 0;
})();

const limitError = (message: string, node?: ASTNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

/** Depth of the deepest field, following fragments. */
function depthOf(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, visiting) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function aliasesIn(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) count++;
      if (selection.selectionSet) count += aliasesIn(selection.selectionSet, fragments, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasesIn(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      count += aliasesIn(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
  }
  return count;
}

function fragmentsOf(context: ValidationContext): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** Introspection (`__schema`, `__type` at the root) is held to {@link INTROSPECTION_DEPTH}, everything else to `maxDepth`. */
export const maxDepthRule =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const fragments = fragmentsOf(context);
      for (const selection of rootSelections(operation.selectionSet, fragments, new Set())) {
        const introspection = selection.kind === Kind.FIELD && selection.name.value.startsWith('__');
        const limit = introspection ? Math.max(maxDepth, INTROSPECTION_DEPTH) : maxDepth;
        const depth = depthOf({ kind: Kind.SELECTION_SET, selections: [selection] }, fragments, new Set());
        if (depth > limit) {
          context.reportError(limitError(`${introspection ? 'Introspection' : 'Query'} depth ${depth} exceeds the maximum of ${limit}`, operation));
          return;
        }
      }
    },
  });

/** The root fields of an operation, out of the fragments they are written in. */
function rootSelections(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootSelections(selection.selectionSet, fragments, visiting);
    const fragment = fragments[selection.name.value];
    if (!fragment || visiting.has(fragment.name.value)) return [];
    visiting.add(fragment.name.value);
    const fields = rootSelections(fragment.selectionSet, fragments, visiting);
    visiting.delete(fragment.name.value);
    return fields;
  });
}

export const maxAliasesRule =
  (maxAliases: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const aliases = aliasesIn(operation.selectionSet, fragmentsOf(context), new Set());
      if (aliases > maxAliases) context.reportError(limitError(`Query uses ${aliases} aliases; the maximum is ${maxAliases}`, operation));
    },
  });

interface CostContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  assumedListSize: number;
  /** The request's coerced variables; without them a page size given by a variable is the assumed size. */
  variables?: VariableValues;
  visiting: Set<string>;
}

/** The page size a list field is asked for (`page: { limit }`, written or in variables), else undefined. */
function pageLimit(node: FieldNode, field: GraphQLField<unknown, unknown>, context: CostContext): number | undefined {
  const argument = node.arguments?.find((candidate) => candidate.name.value === 'page');
  const definition = field.args.find((candidate) => candidate.name === 'page');
  if (!argument || !definition) return undefined;
  const page = valueFromAST(argument.value, definition.type, context.variables) as { limit?: unknown } | null | undefined;
  return typeof page?.limit === 'number' ? page.limit : undefined;
}

/** Whether a fragment's type condition applies to an object type. */
function applies(typeCondition: NamedTypeNode | undefined, objectType: GraphQLObjectType, schema: GraphQLSchema): boolean {
  if (!typeCondition || typeCondition.name.value === objectType.name) return true;
  const condition = schema.getType(typeCondition.name.value);
  return Boolean(condition && isAbstractType(condition) && schema.isSubType(condition, objectType));
}

/** The fields a selection set asks of one object type, by response key, merged as execution merges them. */
function collectFields(selectionSet: SelectionSetNode, objectType: GraphQLObjectType, context: CostContext, fields: Map<string, FieldNode[]>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      fields.set(key, [...(fields.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition, objectType, context.schema)) collectFields(selection.selectionSet, objectType, context, fields);
    } else {
      const fragment = context.fragments[selection.name.value];
      if (!fragment || context.visiting.has(fragment.name.value) || !applies(fragment.typeCondition, objectType, context.schema)) continue;
      context.visiting.add(fragment.name.value);
      collectFields(fragment.selectionSet, objectType, context, fields);
      context.visiting.delete(fragment.name.value);
    }
  }
}

/**
 * Every object a query can return costs 1, times the size of each list around it: a list's
 * size is its page limit when the query gives one, else the assumed size. Hive's demand control
 * only multiplies nullable lists, and every list in this graph is non-null. A union or interface
 * costs what its most expensive member type would: one object is only ever one of them.
 */
function costOf(selectionSets: SelectionSetNode[], parentType: GraphQLCompositeType, listSize: number, context: CostContext): number {
  const objectTypes = isAbstractType(parentType) ? context.schema.getPossibleTypes(parentType) : [parentType];
  let highest = 0;
  for (const objectType of objectTypes) {
    const fields = new Map<string, FieldNode[]>();
    for (const selectionSet of selectionSets) collectFields(selectionSet, objectType, context, fields);
    let cost = 0;
    for (const nodes of fields.values()) {
      const field = objectType.getFields()[nodes[0].name.value];
      const type = field && getNamedType(field.type);
      if (!type || !isCompositeType(type)) continue;
      const size = isListType(getNullableType(field.type)) ? listSize : 1;
      const childListSize = pageLimit(nodes[0], field, context) ?? context.assumedListSize;
      const children = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      cost += size * (1 + costOf(children, type, childListSize, context));
    }
    highest = Math.max(highest, cost);
  }
  return highest;
}

function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  assumedListSize: number,
  variables?: VariableValues,
): number | undefined {
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const context: CostContext = { schema, fragments, assumedListSize, variables, visiting: new Set() };
  return (operation.operation === 'mutation' ? MUTATION_COST : 0) + costOf([operation.selectionSet], root, assumedListSize, context);
}

const costError = (cost: number, maxCost: number, operation: OperationDefinitionNode, http?: { spec: boolean; status: number }) =>
  new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}; ask for smaller pages or fewer nested lists`, {
    nodes: [operation],
    extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated: cost, max: maxCost }, ...(http ? { http } : {}) },
  });

/** The cost estimated from the document alone: page sizes given by variables count as the assumed size here, and are checked again per request. */
export const maxCostRule =
  (maxCost: number, assumedListSize: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, fragmentsOf(context), assumedListSize);
      if (cost !== undefined && cost > maxCost) context.reportError(costError(cost, maxCost, operation));
    },
  });

const variablePages = new WeakMap<DocumentNode, boolean>();

/** Whether some `page` argument of the document takes its value from a variable. */
function hasVariablePages(document: DocumentNode): boolean {
  let found = variablePages.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Argument(argument) {
        if (argument.name.value !== 'page') return false;
        let usesVariable = false;
        visit(argument.value, { Variable: () => ((usesVariable = true), BREAK) });
        if (!usesVariable) return false;
        found = true;
        return BREAK;
      },
    });
    variablePages.set(document, found);
  }
  return found;
}

/**
 * The cost check again with the request's coerced variables, for documents whose page sizes come
 * from variables (`$page: { limit: 200 }` would otherwise pass as the assumed size). An error to
 * answer with, or undefined when the request is within the limit.
 */
export function costWithVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: VariableValues,
  limits: OperationLimits,
): GraphQLError | undefined {
  if (!hasVariablePages(document)) return undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const cost = operationCost(schema, operation, fragments, limits.assumedListSize, variables);
  return cost !== undefined && cost > limits.maxCost ? costError(cost, limits.maxCost, operation, { spec: true, status: 400 }) : undefined;
}

/** The validation rules of the limits, for the runtime below and for the fast path, which validates on its own. */
export const limitRules = (limits: OperationLimits): ValidationRule[] => [
  maxDepthRule(limits.maxDepth),
  maxAliasesRule(limits.maxAliases),
  maxCostRule(limits.maxCost, limits.assumedListSize),
];

/**
 * Refuses oversized documents before any planning: token count at parse time, depth, aliases and
 * cost at validation, and cost again once the variables are known when page sizes come from them.
 */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens: limits.maxTokens }));
    },
    onValidate({ addValidationRule }) {
      for (const rule of limitRules(limits)) addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = coercedVariablesOf(args);
      const refused = variables && costWithVariables(args.schema, args.document, args.operationName, variables, limits);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
