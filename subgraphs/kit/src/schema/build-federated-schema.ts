import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, BuildSchemaOptions, createResolversMap, NonEmptyArray } from 'type-graphql';
import { ScopeAuthChecker } from '../auth/authorization';
import type { SubgraphContext } from '../server/context';
import { cacheValidationMetadata } from '../validation/validation-metadata-cache';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@authenticated", "@requiresScopes"])';

export type ReferenceResolver = (reference: { id: string }, context: SubgraphContext) => unknown;

export interface FederatedSchemaOptions {
  /** Resolver instances, constructed with their services. */
  resolvers: object[];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type; use a per-request loader so references batch. */
  referenceResolvers?: Record<string, ReferenceResolver>;
}

/** type-graphql classes in, a Federation 2 subgraph schema out, with every directive kept in its SDL. */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  cacheValidationMetadata();
  const instances = new Map<Function, object>(options.resolvers.map((resolver) => [resolver.constructor, resolver]));
  const schema = await buildSchema({
    resolvers: [...instances.keys()] as NonEmptyArray<Function>,
    container: { get: (someClass) => instances.get(someClass) ?? new (someClass as new () => object)() },
    orphanedTypes: options.orphanedTypes,
    authChecker: ScopeAuthChecker,
    validate: { forbidUnknownValues: false, validationError: { target: true, value: false } },
    emitSchemaFile: false,
  });
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}
