import type { IntrospectionSchema } from 'graphql';
import buildDataProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import introspection from '../graphql/introspection.json';
import { readSession } from '../auth/session';
import { partnerClientCommands, type IssuedPartnerKey } from '../partnerClients/partnerClients.operations';
import { duplicateCommands, type MergedProfile, type ScanSummary } from '../profiles/duplicates/duplicates.operations';
import type { ExportProfilesQueryVariables, MergeProfilesInput, StartProfileImportInput } from '../graphql/generated';
import {
  profileTransferCommands,
  type ProfileExportFile,
  type ProfileImportProgress,
  type ProfileImportReport,
} from '../profiles/transfer/profileTransfer.operations';
import {
  dataSubjectCommands,
  type DataSubjectErasure,
  type DataSubjectExport,
  type DataSubjectPart,
  type DataSubjectPartRequest,
} from '../profiles/dataSubject/dataSubject.operations';
import { createApolloClient } from './apolloClient';
import { createBuildQuery } from './buildQuery';
import { toDataProviderError } from './errors';
import { i18nProvider } from '../i18n/i18nProvider';
import type { GraphQLRequest, ResourceOperations } from './graphqlRequest';

export interface WayfarerDataProvider extends DataProvider {
  createPartnerClient(params: { data: Record<string, unknown> }): Promise<IssuedPartnerKey>;
  rotatePartnerClientKey(id: string): Promise<IssuedPartnerKey>;
  revokePartnerClient(id: string): Promise<{ data: Record<string, unknown> }>;
  scanForDuplicates(): Promise<ScanSummary>;
  dismissDuplicateCandidate(id: string): Promise<{ data: Record<string, unknown> }>;
  mergeProfiles(input: MergeProfilesInput): Promise<MergedProfile>;
  profileImportColumns(): Promise<string[]>;
  startProfileImport(input: StartProfileImportInput): Promise<ProfileImportProgress>;
  appendProfileImportRows(id: string, sequence: number, csv: string): Promise<ProfileImportProgress>;
  finishProfileImport(id: string): Promise<ProfileImportProgress>;
  profileImportReport(id: string): Promise<ProfileImportReport | null>;
  exportProfiles(variables: ExportProfilesQueryVariables): Promise<ProfileExportFile>;
  /** Every service's part, each its answer or why it failed. */
  exportDataSubject(subjectId: string): Promise<DataSubjectPart<DataSubjectExport>[]>;
  eraseDataSubject(subjectId: string): Promise<DataSubjectPart<DataSubjectErasure>[]>;
}

const CRUD_METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete'] as const;

const readScopes = () => readSession()?.scopes ?? [];

/** `resourceOperations`: each console resource's documents, by resource name (see resources.ts). */
export const createDataProvider = (resourceOperations: Record<string, ResourceOperations>): WayfarerDataProvider => {
  const client = createApolloClient();
  const graphqlProvider = buildDataProvider({
    client,
    // The schema ships with the console so no introspection query is needed (the gateway may refuse one).
    introspection: { schema: introspection.__schema as unknown as IntrospectionSchema },
    buildQuery: () => createBuildQuery(readScopes, resourceOperations),
    // react-admin's query cache is the only cache; Apollo's would merge records fetched with different @include variables.
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });

  const crud = Object.fromEntries(
    CRUD_METHODS.map((method) => [
      method,
      (resource: string, params: unknown) =>
        (graphqlProvider[method] as (resource: string, params: unknown) => Promise<unknown>)(resource, params).catch((error: unknown) => {
          throw toDataProviderError(error as Error, resource, i18nProvider.translate);
        }),
    ]),
  ) as Pick<DataProvider, (typeof CRUD_METHODS)[number]>;

  const mutate = <T>(request: GraphQLRequest, resource: string): Promise<T> =>
    client
      .mutate({ mutation: request.query, variables: request.variables, fetchPolicy: 'no-cache' })
      .then((response) => request.parseResponse({ data: response.data }) as T)
      .catch((error: unknown) => {
        throw toDataProviderError(error as Error, resource, i18nProvider.translate);
      });

  const query = <T>(request: GraphQLRequest, resource: string): Promise<T> =>
    client
      .query({ query: request.query, variables: request.variables, fetchPolicy: 'no-cache' })
      .then((response) => request.parseResponse({ data: response.data }) as T)
      .catch((error: unknown) => {
        throw toDataProviderError(error as Error, resource, i18nProvider.translate);
      });

  /** Each service's part on its own: one failing is reported with its reason, the others still answer. */
  const everyPart = <T>(parts: DataSubjectPartRequest[], run: (request: GraphQLRequest, resource: string) => Promise<T>): Promise<DataSubjectPart<T>[]> =>
    Promise.all(
      parts.map(({ service, request }) =>
        run(request, 'profiles').then(
          (result): DataSubjectPart<T> => ({ service, result }),
          (error: unknown): DataSubjectPart<T> => ({ service, error: (error as Error).message }),
        ),
      ),
    );

  return {
    ...graphqlProvider,
    ...crud,
    createPartnerClient: (params) => mutate(partnerClientCommands.create(params), 'partnerClients'),
    rotatePartnerClientKey: (id) => mutate(partnerClientCommands.rotateKey(id), 'partnerClients'),
    revokePartnerClient: (id) => mutate(partnerClientCommands.revoke(id), 'partnerClients'),
    scanForDuplicates: () => mutate(duplicateCommands.scan(), 'duplicateCandidates'),
    dismissDuplicateCandidate: (id) => mutate(duplicateCommands.dismiss(id), 'duplicateCandidates'),
    mergeProfiles: (input) => mutate(duplicateCommands.merge(input), 'duplicateCandidates'),
    profileImportColumns: () => query(profileTransferCommands.columns(), 'profiles'),
    startProfileImport: (input) => mutate(profileTransferCommands.start(input), 'profiles'),
    appendProfileImportRows: (id, sequence, csv) => mutate(profileTransferCommands.append(id, sequence, csv), 'profiles'),
    finishProfileImport: (id) => mutate(profileTransferCommands.finish(id), 'profiles'),
    profileImportReport: (id) => query(profileTransferCommands.report(id), 'profiles'),
    exportProfiles: (variables) => query(profileTransferCommands.exportList(variables), 'profiles'),
    exportDataSubject: (subjectId) => everyPart(dataSubjectCommands.export(subjectId), query<DataSubjectExport>),
    eraseDataSubject: (subjectId) => everyPart(dataSubjectCommands.erase(subjectId), mutate<DataSubjectErasure>),
  };
};
