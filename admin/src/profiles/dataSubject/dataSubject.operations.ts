import {
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionTypeRef,
} from 'graphql';
import introspection from '../../graphql/introspection.json';
import {
  DataSubjectErasurePartsFragmentDoc,
  DataSubjectExportPartsFragmentDoc,
  type DataSubjectErasurePartsFragment,
  type DataSubjectExportPartsFragment,
} from '../../graphql/generated';
import type { CommandSender, GraphQLRequest } from '../../dataProvider/graphqlRequest';

export type DataSubjectExport = DataSubjectExportPartsFragment;
export type DataSubjectErasure = DataSubjectErasurePartsFragment;

/** One service's part of a data-subject request: its answer, or why it failed. */
export type DataSubjectPart<T> = { service: string } & ({ result: T; error?: undefined } | { result?: undefined; error: string });

export interface DataSubjectPartRequest {
  service: string;
  request: GraphQLRequest;
}

const schema = introspection.__schema as unknown as IntrospectionSchema;

const namedType = (type: IntrospectionTypeRef): string | undefined =>
  'ofType' in type && type.ofType ? namedType(type.ofType) : 'name' in type ? type.name : undefined;

/**
 * Every service holding data on travellers offers `<service>DataSubjectExport` (a query) and
 * `<service>DataSubjectErase` (a mutation), as the kit's contract names them; they are read from
 * the composed schema the console ships with, so a new subgraph joins every request once composed.
 */
const servicesOffering = (rootType: string, suffix: string, resultType: string): { service: string; field: string }[] => {
  const root = schema.types.find((type): type is IntrospectionObjectType => type.kind === 'OBJECT' && type.name === rootType);
  return (root?.fields ?? [])
    .filter((field) => field.name.endsWith(suffix) && field.name.length > suffix.length && namedType(field.type) === resultType)
    .map((field) => ({ service: field.name.slice(0, -suffix.length), field: field.name }))
    .sort((left, right) => left.service.localeCompare(right.service));
};

export const DATA_SUBJECT_EXPORTS = servicesOffering(schema.queryType.name, 'DataSubjectExport', 'DataSubjectExport');
export const DATA_SUBJECT_ERASURES = servicesOffering(schema.mutationType?.name ?? 'Mutation', 'DataSubjectErase', 'DataSubjectErasure');

/** `<kind> <field>($subjectId: ID!) { part: <field>(subjectId: $subjectId) { ...Fragment } }` with the fragment. */
const partDocument = (kind: 'query' | 'mutation', field: string, fragment: DocumentNode): DocumentNode => {
  const fragmentName = (fragment.definitions[0] as FragmentDefinitionNode).name.value;
  const operation = parse(`${kind} ${field}($subjectId: ID!) { part: ${field}(subjectId: $subjectId) { ...${fragmentName} } }`);
  return { ...operation, definitions: [...operation.definitions, ...fragment.definitions] };
};

const exportRequests = (subjectId: string): DataSubjectPartRequest[] =>
  DATA_SUBJECT_EXPORTS.map(({ service, field }) => ({
    service,
    request: {
      query: partDocument('query', field, DataSubjectExportPartsFragmentDoc),
      variables: { subjectId },
      parseResponse: ({ data }: { data: { part: DataSubjectExport } }): DataSubjectExport => data.part,
    },
  }));

const erasureRequests = (subjectId: string): DataSubjectPartRequest[] =>
  DATA_SUBJECT_ERASURES.map(({ service, field }) => ({
    service,
    request: {
      query: partDocument('mutation', field, DataSubjectErasurePartsFragmentDoc),
      variables: { subjectId },
      parseResponse: ({ data }: { data: { part: DataSubjectErasure } }): DataSubjectErasure => data.part,
    },
  }));

/** Each service's part on its own: one failing is reported with its reason, the others still answer. */
const everyPart = <T>(parts: DataSubjectPartRequest[], send: (request: GraphQLRequest) => Promise<T>): Promise<DataSubjectPart<T>[]> =>
  Promise.all(
    parts.map(({ service, request }) =>
      send(request).then(
        (result): DataSubjectPart<T> => ({ service, result }),
        (error: unknown): DataSubjectPart<T> => ({ service, error: (error as Error).message }),
      ),
    ),
  );

/** A traveller's data in every service: every service's part, each its answer or why it failed. */
export const dataSubjectCommands = ({ query, mutate }: CommandSender) => ({
  exportDataSubject: (subjectId: string) => everyPart(exportRequests(subjectId), query<DataSubjectExport>),
  eraseDataSubject: (subjectId: string) => everyPart(erasureRequests(subjectId), mutate<DataSubjectErasure>),
});
