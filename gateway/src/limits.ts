import {
  ASTNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Items assumed in a list whose `page.limit` is not written in the query. */
  assumedListSize: number;
}

const MUTATION_COST = 10;

const limitError = (message: string, node?: ASTNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

/** Depth of the deepest field, following fragments; introspection is left to `disableIntrospection`. */
function depthOf(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
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

export const maxDepthRule =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragmentsOf(context), new Set());
      if (depth > maxDepth) context.reportError(limitError(`Query depth ${depth} exceeds the maximum of ${maxDepth}`, operation));
    },
  });

export const maxAliasesRule =
  (maxAliases: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const aliases = aliasesIn(operation.selectionSet, fragmentsOf(context), new Set());
      if (aliases > maxAliases) context.reportError(limitError(`Query uses ${aliases} aliases; the maximum is ${maxAliases}`, operation));
    },
  });

/** `page: { limit: N }` written literally on a list field, else undefined. */
function pageLimit(field: FieldNode): number | undefined {
  const page = field.arguments?.find((argument) => argument.name.value === 'page')?.value;
  if (page?.kind !== Kind.OBJECT) return undefined;
  const limit = page.fields.find((entry) => entry.name.value === 'limit')?.value;
  return limit?.kind === Kind.INT ? Number(limit.value) : undefined;
}

/**
 * Every object a query can return costs 1, times the size of each list around it: a
 * list's size is its page limit when written in the query, else the assumed size. Hive's
 * demand control only multiplies nullable lists, and every list in this graph is non-null.
 */
function costOf(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  context: ValidationContext,
  listSize: number,
  assumedListSize: number,
  visiting: Set<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.selectionSet || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
      const field = parentType.getFields()[selection.name.value];
      const type = field && getNamedType(field.type);
      if (!type || !isCompositeType(type)) continue;
      const size = isListType(getNullableType(field.type)) ? listSize : 1;
      const childListSize = pageLimit(selection) ?? assumedListSize;
      cost += size * (1 + costOf(selection.selectionSet, type, fragments, context, childListSize, assumedListSize, visiting));
    } else {
      const typeName = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments[selection.name.value]?.typeCondition.name.value;
      const type = typeName ? context.getSchema().getType(typeName) : parentType;
      const fragmentSelections = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (!fragmentSelections || !type || !isCompositeType(type) || (name && visiting.has(name))) continue;
      if (name) visiting.add(name);
      cost += costOf(fragmentSelections, type, fragments, context, listSize, assumedListSize, visiting);
      if (name) visiting.delete(name);
    }
  }
  return cost;
}

export const maxCostRule =
  (maxCost: number, assumedListSize: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const cost =
        (operation.operation === 'mutation' ? MUTATION_COST : 0) +
        costOf(operation.selectionSet, root, fragmentsOf(context), context, assumedListSize, assumedListSize, new Set());
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}; ask for smaller pages or fewer nested lists`, {
            nodes: [operation],
            extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated: cost, max: maxCost } },
          }),
        );
      }
    },
  });

/** Refuses oversized documents before any planning: token count at parse time, depth, aliases and cost at validation. */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens: limits.maxTokens }));
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(limits.maxDepth));
      addValidationRule(maxAliasesRule(limits.maxAliases));
      addValidationRule(maxCostRule(limits.maxCost, limits.assumedListSize));
    },
  };
}
