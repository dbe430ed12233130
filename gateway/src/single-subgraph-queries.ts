import { Agent, IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import {
  ArgumentNode,
  BooleanValueNode,
  DirectiveNode,
  DocumentNode,
  EnumValueNode,
  FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isObjectType,
  Kind,
  parse,
  SelectionSetNode,
  specifiedRules,
  StringValueNode,
  validate,
} from 'graphql';
import { Principal } from '@wayfarer/kit';
import { FieldAuthorizer } from './field-authorization';
import { InternalTokens } from './internal-tokens';
import { costWithVariables, maxAliasesRule, maxCostRule, maxDepthRule, OperationLimits } from './limits';
import { coerceVariables } from './variables';

const PLANS_CACHED = 1_000;
const TIMED_OUT = Symbol('timed out');
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** A query one subgraph answers whole: sent to it as the client wrote it. */
interface ForwardPlan {
  document: DocumentNode;
  subgraph: string;
}

/** Always a 200: anything else the subgraph answers goes to the runtime. */
export interface ForwardedAnswer {
  contentType: string;
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
 * another subgraph must help with (`@requires`, `@provides`, external, progressive override) or a
 * type merged from an interface object has no owner here, so queries touching it are planned by the
 * runtime as before.
 */
class FieldOwners {
  private readonly owners = new Map<string, ReadonlySet<string>>();
  readonly subgraphOrder: string[] = [];

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
        const resolving = fieldJoins.filter(
          (join) => !progressive && !flag(join, 'external') && !flag(join, 'usedOverridden') && !argument(join, 'requires') && !argument(join, 'provides'),
        );
        this.owners.set(`${typeName}.${field.name.value}`, new Set(resolving.map(graphOf).filter((graph): graph is string => Boolean(graph && typeGraphs.has(graph)))));
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
 * API schema with the same limits, every field authorised for the caller), they go to that
 * subgraph as written and its answer comes back as it is, its errors masked as the runtime masks
 * them. The runtime's per-request work cost several times the subgraph's own on this path.
 * Anything else (mutations, refused fields, fields from two subgraphs, a subgraph that does not
 * answer) returns undefined and is left to the runtime.
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
    if (!headers['content-type']?.startsWith('application/json')) return undefined;
    let params: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown };
    try {
      params = JSON.parse(body);
    } catch {
      return undefined;
    }
    if (!params || typeof params !== 'object') return undefined;
    const { query, variables, operationName } = params;
    if (typeof query !== 'string' || params.extensions !== undefined) return undefined;
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
    const decision = this.options.authorizer.decisionFor(schema, plan.document, operationName, principal, coerced.values);
    if (decision.refusals.length > 0) return undefined;
    const upstream = await this.post(plan.subgraph, JSON.stringify({ query, variables, operationName }), principal, clientIp);
    if (!upstream) return undefined;
    // The runtime would wait the whole timeout again (and the subgraph do the work twice).
    const payload = upstream === TIMED_OUT ? this.timedOut(plan.subgraph) : this.masked(upstream);
    return { contentType: `${contentType}; charset=utf-8`, payload };
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
    const rules = [...specifiedRules, maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxCostRule(limits.maxCost, limits.assumedListSize)];
    if (validate(schema, document, rules).length > 0) return null;
    const operation = getOperationAST(document, operationName);
    const rootType = operation?.operation === 'query' ? schema.getQueryType() : undefined;
    if (!operation || !rootType) return null;
    const subgraphs = this.ownersOf(operation.selectionSet, rootType, fragmentsOf(document), new Set(this.owners.subgraphOrder));
    const subgraph = this.owners.subgraphOrder.find((name) => subgraphs.has(name) && this.options.subgraphUrls[name]);
    return subgraph ? { document, subgraph } : null;
  }

  /** The subgraphs that can answer every field of the selection by themselves (none when some field needs another). */
  private ownersOf(selectionSet: SelectionSetNode, parentType: GraphQLNamedType, fragments: Map<string, FragmentDefinitionNode>, candidates: Set<string>): Set<string> {
    let remaining = candidates;
    for (const selection of selectionSet.selections) {
      if (remaining.size === 0) break;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        // Abstract types may have members another subgraph contributes; introspection is the runtime's.
        if (name.startsWith('__') || !isObjectType(parentType)) return new Set();
        const owners = this.owners.of(parentType.name, name);
        remaining = new Set([...remaining].filter((graph) => owners.has(graph)));
        const field = parentType.getFields()[name];
        if (selection.selectionSet && field) remaining = this.ownersOf(selection.selectionSet, getNamedType(field.type), fragments, remaining);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== parentType.name)) return new Set();
        remaining = this.ownersOf(fragment.selectionSet, parentType, fragments, remaining);
      }
    }
    return remaining;
  }

  /** The subgraph's JSON answer to a 200, TIMED_OUT, or undefined for anything else (the runtime then tries, and reports). */
  private post(subgraph: string, body: string, principal: Principal, clientIp: string): Promise<Buffer | typeof TIMED_OUT | undefined> {
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

  /** The answer as the subgraph gave it, unless it has errors: those pass the gateway's mask first. */
  private masked(answer: Buffer): Buffer {
    if (!answer.includes('"errors"')) return answer;
    const result = JSON.parse(answer.toString('utf8')) as { data?: unknown; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
    if (!result.errors) return answer;
    const errors = result.errors.map((error) => this.options.maskError(new GraphQLError(error.message, { path: error.path, extensions: error.extensions })));
    // The runtime leaves out a `data` the errors nulled whole.
    return Buffer.from(JSON.stringify(result.data === null ? { errors } : { errors, data: result.data }));
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
}

/** As Yoga answers: the first JSON media type the client accepts; undefined when it accepts none (the runtime says so). */
function responseType(accept: string | undefined): string | undefined {
  if (!accept) return 'application/json';
  for (const part of accept.split(',')) {
    const type = part.split(';')[0].trim();
    if (type === GRAPHQL_RESPONSE) return GRAPHQL_RESPONSE;
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'application/json';
  }
  return undefined;
}
