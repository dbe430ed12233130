import { Agent, IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { randomUUID } from 'node:crypto';
import {
  ArgumentNode,
  BooleanValueNode,
  DirectiveNode,
  DocumentNode,
  EnumValueNode,
  FragmentDefinitionNode,
  getDirectiveValues,
  getNamedType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isEnumType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  SelectionNode,
  SelectionSetNode,
  specifiedRules,
  StringValueNode,
  validate,
} from 'graphql';
import { Principal } from '@wayfarer/kit';
import { FieldAuthorizer } from './field-authorization';
import { InternalTokens } from './internal-tokens';
import { costWithVariables, limitRules, OperationLimits } from './limits';
import { coerceVariables } from './variables';

const PLANS_CACHED = 1_000;
const TIMED_OUT = Symbol('timed out');
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const REQUEST_ID = 'x-request-id';

/** A query one subgraph answers whole: sent to it as the client wrote it. */
interface ForwardPlan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  subgraph: string;
  /** Uses `@skip` / `@include`, so what it asks depends on the variables. */
  conditional: boolean;
}

/** A subgraph's answer as the runtime reads it. */
interface SubgraphResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** What Yoga reads from a JSON body; any other member that is not null makes it refuse the request. */
const REQUEST_PARAMETERS = new Set(['query', 'variables', 'operationName', 'extensions']);
const CONDITIONS = new Set([GraphQLSkipDirective.name, GraphQLIncludeDirective.name]);

/** Always a 200: anything else the subgraph answers goes to the runtime. */
export interface ForwardedAnswer {
  contentType: string;
  /** The caller's `x-request-id`, else a new one, as the runtime answers it (and passes it to the subgraph). */
  requestId: string;
  payload: Buffer;
}

export interface SingleSubgraphQueriesOptions {
  supergraphSdl: string;
  subgraphUrls: Readonly<Record<string, string>>;
  /** The runtime's API schema (what clients may ask), with the auth directives the authorizer reads. */
  apiSchema: () => GraphQLSchema | Promise<GraphQLSchema>;
  authorizer: FieldAuthorizer;
  internalTokens: InternalTokens;
  limits: OperationLimits;
  timeoutMs: number;
  maskError: (error: unknown) => Error;
}

const argument = (directive: DirectiveNode, name: string) => directive.arguments?.find((arg: ArgumentNode) => arg.name.value === name)?.value;
const flag = (directive: DirectiveNode, name: string) => (argument(directive, name) as BooleanValueNode | undefined)?.value === true;

/**
 * Which subgraphs resolve each field by themselves, from the supergraph's join directives. A field
 * another subgraph must help with (`@requires`, `@provides`, `@fromContext`, external, progressive
 * override), one whose type differs in the subgraph, or a type merged from an interface object has
 * no owner here, so queries touching it are planned by the runtime as before.
 */
class FieldOwners {
  private readonly owners = new Map<string, ReadonlySet<string>>();
  readonly subgraphOrder: string[] = [];
  /** Enums with a value clients may not see: the runtime answers null where a subgraph would answer the value. */
  readonly enumsWithHiddenValues = new Set<string>();

  constructor(sdl: string) {
    const document = parse(sdl);
    const graphNames = new Map<string, string>();
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
      for (const value of definition.values ?? []) {
        const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
        const name = graph && (argument(graph, 'name') as StringValueNode | undefined)?.value;
        if (name) {
          graphNames.set(value.name.value, name);
          this.subgraphOrder.push(name);
        }
      }
    }
    const graphOf = (directive: DirectiveNode) => graphNames.get((argument(directive, 'graph') as EnumValueNode | undefined)?.value ?? '');
    for (const definition of document.definitions) {
      if (
        definition.kind === Kind.ENUM_TYPE_DEFINITION &&
        definition.values?.some((value) => value.directives?.some((directive) => directive.name.value === 'inaccessible'))
      ) {
        this.enumsWithHiddenValues.add(definition.name.value);
      }
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const typeName = definition.name.value;
      const joins = definition.directives?.filter((directive) => directive.name.value === 'join__type') ?? [];
      const fromInterfaceObject = joins.some((join) => flag(join, 'isInterfaceObject'));
      const typeGraphs = new Set(fromInterfaceObject ? [] : joins.map(graphOf).filter((graph): graph is string => Boolean(graph)));
      for (const field of definition.fields ?? []) {
        const fieldJoins = field.directives?.filter((directive) => directive.name.value === 'join__field') ?? [];
        if (fieldJoins.length === 0) {
          this.owners.set(`${typeName}.${field.name.value}`, typeGraphs);
          continue;
        }
        const progressive = fieldJoins.some((join) => argument(join, 'overrideLabel'));
        const supergraphType = print(field.type);
        const sameType = (join: DirectiveNode) => {
          const subgraphType = argument(join, 'type') as StringValueNode | undefined;
          return !subgraphType || subgraphType.value === supergraphType;
        };
        const resolving = fieldJoins.filter(
          (join) =>
            !progressive &&
            sameType(join) &&
            !flag(join, 'external') &&
            !flag(join, 'usedOverridden') &&
            !argument(join, 'requires') &&
            !argument(join, 'provides') &&
            !argument(join, 'contextArguments'),
        );
        this.owners.set(
          `${typeName}.${field.name.value}`,
          new Set(resolving.map(graphOf).filter((graph): graph is string => Boolean(graph && typeGraphs.has(graph)))),
        );
      }
    }
  }

  of(typeName: string, fieldName: string): ReadonlySet<string> {
    return this.owners.get(`${typeName}.${fieldName}`) ?? new Set();
  }
}

/**
 * Queries that one subgraph answers whole (a profile, a list of profiles) skip the runtime's
 * planner and executor: once checked like any other request (parsed and validated against the
 * API schema with the same limits, variables coerced, every field authorised for the caller), they
 * go to that subgraph as written and its answer comes back as the runtime would give it, its errors
 * masked as the runtime masks them. The runtime's per-request work cost several times the
 * subgraph's own on this path.
 *
 * The runtime does not pass a subgraph's answer on as it is: it projects it through the supergraph
 * (values and types clients may not see become null, `__typename` of an abstract type is resolved
 * by the supergraph), so only queries whose answer that projection leaves as it is are forwarded:
 * fields of object types, enums without hidden values, `@skip` / `@include` as the only
 * directives, no introspection. Anything else (mutations, refused fields, fields from two
 * subgraphs, a subgraph that does not answer) returns undefined and is left to the runtime.
 */
export class SingleSubgraphQueries {
  private readonly owners: FieldOwners;
  private readonly plans = new Map<string, ForwardPlan | null>();
  private readonly agents = { http: new Agent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  private schema?: GraphQLSchema;

  constructor(private readonly options: SingleSubgraphQueriesOptions) {
    this.owners = new FieldOwners(options.supergraphSdl);
  }

  async answer(body: string, headers: IncomingHttpHeaders, principal: Principal, clientIp: string): Promise<ForwardedAnswer | undefined> {
    if (!isJsonRequest(headers['content-type'])) return undefined;
    let params: Record<string, unknown>;
    try {
      params = JSON.parse(body);
    } catch {
      return undefined;
    }
    if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
    if (Object.entries(params).some(([name, value]) => value != null && (!REQUEST_PARAMETERS.has(name) || name === 'extensions'))) return undefined;
    const { query, variables, operationName } = params;
    if (typeof query !== 'string') return undefined;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    if (operationName != null && typeof operationName !== 'string') return undefined;
    const contentType = responseType(headers.accept);
    if (!contentType) return undefined;
    const schema = (this.schema ??= await this.options.apiSchema());
    const plan = this.planFor(schema, query, operationName ?? undefined);
    if (!plan) return undefined;
    // Variables that do not fit, or page sizes in them over the cost limit, are answered by the runtime, which says why.
    const coerced = coerceVariables(schema, plan.document, operationName, variables);
    if (coerced.errors || costWithVariables(schema, plan.document, operationName, coerced.values, this.options.limits)) return undefined;
    if (plan.conditional && leavesASelectionEmpty(plan.operation.selectionSet, plan.fragments, coerced.values)) return undefined;
    const decision = this.options.authorizer.decisionFor(schema, plan.document, operationName, principal, coerced.values);
    if (decision.refusals.length > 0) return undefined;
    const requestId = (headers[REQUEST_ID] as string | undefined) || randomUUID();
    // The coerced values, as the runtime sends them: defaults applied, nothing the operation does not declare.
    const upstream = await this.post(plan.subgraph, JSON.stringify({ query, variables: coerced.values, operationName }), principal, clientIp, requestId);
    if (!upstream) return undefined;
    // The runtime would wait the whole timeout again (and the subgraph do the work twice).
    const payload = upstream === TIMED_OUT ? this.timedOut(plan.subgraph) : this.asRuntimeAnswers(upstream);
    return payload && { contentType: `${contentType}; charset=utf-8`, requestId, payload };
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private planFor(schema: GraphQLSchema, query: string, operationName: string | undefined): ForwardPlan | null {
    const key = `${operationName ?? ''}\n${query}`;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = this.plan(schema, query, operationName);
      if (this.plans.size >= PLANS_CACHED) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private plan(schema: GraphQLSchema, query: string, operationName: string | undefined): ForwardPlan | null {
    const { limits } = this.options;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch {
      return null;
    }
    const rules = [...specifiedRules, ...limitRules(limits)];
    if (validate(schema, document, rules).length > 0) return null;
    // One operation only: the subgraph would otherwise validate (and may refuse) operations that are not asked for.
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const [operation] = operations;
    if (operations.length !== 1 || operation.operation !== 'query' || (operationName !== undefined && operation.name?.value !== operationName)) return null;
    const rootType = schema.getQueryType();
    if (!rootType || operation.directives?.length || operation.variableDefinitions?.some((variable) => variable.directives?.length)) return null;
    const fragments = fragmentsOf(document);
    const subgraphs = this.ownersOf(schema, operation.selectionSet, rootType, fragments, new Set(this.owners.subgraphOrder));
    const subgraph = this.owners.subgraphOrder.find((name) => subgraphs.has(name) && this.options.subgraphUrls[name]);
    return subgraph ? { document, operation, fragments, subgraph, conditional: hasConditions(operation.selectionSet, fragments) } : null;
  }

  /**
   * The subgraphs that can answer every field of the selection by themselves, in a form the runtime
   * passes on unchanged (none when some field needs another subgraph or would be projected).
   */
  private ownersOf(
    schema: GraphQLSchema,
    selectionSet: SelectionSetNode,
    parentType: GraphQLNamedType,
    fragments: Map<string, FragmentDefinitionNode>,
    candidates: Set<string>,
  ): Set<string> {
    const none = new Set<string>();
    let remaining = candidates;
    for (const selection of selectionSet.selections) {
      if (remaining.size === 0) break;
      if (selection.directives?.some((directive) => !CONDITIONS.has(directive.name.value))) return none;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // The runtime takes a `__typename` key in an answer for the type of the object; it names root types itself.
        if (selection.alias?.value.startsWith('__') || !isObjectType(parentType)) return none;
        if (name === '__typename') {
          if (parentType === schema.getQueryType()) return none;
          continue;
        }
        if (name.startsWith('__')) return none;
        const owners = this.owners.of(parentType.name, name);
        remaining = new Set([...remaining].filter((graph) => owners.has(graph)));
        const field = parentType.getFields()[name];
        if (!field) return none;
        const type = getNamedType(field.type);
        if (isEnumType(type) && this.owners.enumsWithHiddenValues.has(type.name)) return none;
        if (selection.selectionSet) {
          // Interfaces and unions: the subgraph may know other members, or stand in for them with an interface object.
          if (!isObjectType(type)) return none;
          remaining = this.ownersOf(schema, selection.selectionSet, type, fragments, remaining);
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== parentType.name)) return none;
        if (selection.kind === Kind.FRAGMENT_SPREAD && fragment.directives?.length) return none;
        remaining = this.ownersOf(schema, fragment.selectionSet, parentType, fragments, remaining);
      }
    }
    return remaining;
  }

  /** The subgraph's JSON answer to a 200, TIMED_OUT, or undefined for anything else (the runtime then tries, and reports). */
  private post(subgraph: string, body: string, principal: Principal, clientIp: string, requestId: string): Promise<Buffer | typeof TIMED_OUT | undefined> {
    const url = new URL(this.options.subgraphUrls[subgraph]);
    const secure = url.protocol === 'https:';
    return new Promise((resolve) => {
      const outgoing = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          agent: secure ? this.agents.https : this.agents.http,
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${this.options.internalTokens.tokenFor(principal)}`,
            'x-forwarded-for': clientIp,
            [REQUEST_ID]: requestId,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            clearTimeout(timer);
            const json = response.headers['content-type']?.startsWith('application/json') || response.headers['content-type']?.startsWith(GRAPHQL_RESPONSE);
            resolve(response.statusCode === 200 && json ? Buffer.concat(chunks) : undefined);
          });
          response.on('error', () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        },
      );
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        outgoing.destroy();
      }, this.options.timeoutMs);
      outgoing.on('error', () => {
        clearTimeout(timer);
        resolve(timedOut ? TIMED_OUT : undefined);
      });
      outgoing.end(body);
    });
  }

  /** What the runtime answers when the subgraph takes too long: no data, and the mask's error for the subgraph. */
  private timedOut(subgraph: string): Buffer {
    const error = this.options.maskError(new GraphQLError('Timed out', { extensions: { code: 'GATEWAY_TIMEOUT', serviceName: subgraph } }));
    return Buffer.from(JSON.stringify({ errors: [error] }));
  }

  /**
   * The answer as the runtime writes it: `data` (left out when the errors nulled it whole) then the
   * errors through the gateway's mask, nothing else the subgraph sent, serialised anew. Undefined when
   * the answer is not one the runtime would pass on like this: not an object, or an error with no path
   * (the runtime places those at a field of its own plan).
   */
  private asRuntimeAnswers(answer: Buffer): Buffer | undefined {
    let result: SubgraphResult;
    try {
      result = JSON.parse(answer.toString('utf8'));
    } catch {
      return undefined;
    }
    if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
    const { data, errors } = result;
    if (data !== undefined && (typeof data !== 'object' || Array.isArray(data))) return undefined;
    if (errors !== undefined && (!Array.isArray(errors) || errors.some((error) => typeof error?.message !== 'string' || !Array.isArray(error.path))))
      return undefined;
    const runtime: { data?: Record<string, unknown>; errors?: Error[] } = {};
    if (data && Object.keys(data).length > 0) runtime.data = data;
    if (errors?.length)
      runtime.errors = errors.map((error) => this.options.maskError(new GraphQLError(error.message, { path: error.path, extensions: error.extensions })));
    return Buffer.from(JSON.stringify(runtime));
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

function hasConditions(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.directives?.some((directive) => CONDITIONS.has(directive.name.value))) return true;
    const inner = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value)?.selectionSet : selection.selectionSet;
    return inner ? hasConditions(inner, fragments) : false;
  });
}

/** Whether `@skip` / `@include` leave some selection with no field: the runtime then plans nothing to send and errs. */
function leavesASelectionEmpty(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): boolean {
  const included = (selection: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  let emptied = false;
  const fieldsIn = (selections: SelectionSetNode): number => {
    let fields = 0;
    for (const selection of selections.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet && fieldsIn(selection.selectionSet) === 0) emptied = true;
        fields++;
      } else {
        fields += fieldsIn(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)!.selectionSet);
      }
    }
    return fields;
  };
  return fieldsIn(selectionSet) === 0 || emptied;
}

/** A JSON body as Yoga takes it: the first of the listed content types is JSON, with or without parameters. */
function isJsonRequest(contentType: string | undefined): boolean {
  const first = contentType?.split(',')[0];
  return first === 'application/json' || Boolean(first?.startsWith('application/json;'));
}

const mediaTypeMatches = (offered: string, asked: string) => {
  const [offeredType, offeredSubtype] = offered.split('/');
  const [askedType, askedSubtype] = asked.split('/');
  return (askedType === '*' || askedType === offeredType) && (askedSubtype === '*' || askedSubtype === offeredSubtype);
};

/**
 * As Yoga answers a result: of the media types accepted in UTF-8, the first that a JSON type
 * matches, `application/json` when both do; undefined when none does (the runtime says so, or
 * answers in another format).
 */
function responseType(accept: string | undefined): string | undefined {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...parameters] = entry.split(';');
    if ((parameters.find((parameter) => parameter.includes('charset=')) ?? 'charset=utf-8') !== 'charset=utf-8') continue;
    if (mediaTypeMatches('application/json', mediaType)) return 'application/json';
    if (mediaTypeMatches(GRAPHQL_RESPONSE, mediaType)) return GRAPHQL_RESPONSE;
  }
  return undefined;
}
