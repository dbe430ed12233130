import type { IntrospectionSchema } from 'graphql';
import buildDataProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import introspection from '../graphql/introspection.json';
import { readSession } from '../auth/session';
import { commandsOf, operationsOf, type CommandsOf, type ConsoleResource } from '../consoleResource';
import { createApolloClient } from './apolloClient';
import { createBuildQuery } from './buildQuery';
import { toDataProviderError } from './errors';
import { i18nProvider } from '../i18n/i18nProvider';
import type { CommandSender, GraphQLRequest } from './graphqlRequest';

const CRUD_METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete'] as const;

const readScopes = () => readSession()?.scopes ?? [];

/** React-admin's data provider over the resources' documents, with every resource's commands as its own methods (see resources.ts). */
export const createDataProvider = <const Resources extends readonly ConsoleResource[]>(resources: Resources): DataProvider & CommandsOf<Resources> => {
  const operations = operationsOf(resources);
  const client = createApolloClient();
  const graphqlProvider = buildDataProvider({
    client,
    // The schema ships with the console so no introspection query is needed (the gateway may refuse one).
    introspection: { schema: introspection.__schema as unknown as IntrospectionSchema },
    buildQuery: () => createBuildQuery(readScopes, operations),
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

  const senderFor = (resource: string): CommandSender => ({
    query: <T>(request: GraphQLRequest) => query<T>(request, resource),
    mutate: <T>(request: GraphQLRequest) => mutate<T>(request, resource),
  });

  return Object.assign({}, graphqlProvider, crud, commandsOf(resources, senderFor, Object.keys(graphqlProvider)));
};
