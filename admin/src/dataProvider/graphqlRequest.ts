import type { DocumentNode, GraphQLFormattedError } from 'graphql';

export type FetchType = 'GET_LIST' | 'GET_ONE' | 'GET_MANY' | 'GET_MANY_REFERENCE' | 'CREATE' | 'UPDATE' | 'DELETE';

/** What a buildQuery returns to ra-data-graphql: a document, its variables and how to read the answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-admin reads whatever each resource's answer holds
export interface GraphQLRequest<TData = any> {
  query: DocumentNode;
  variables: Record<string, unknown>;
  /** 'all' where some fields may come back null with an error the page can live with (see allowingConfidentialRefusals); parseResponse then sees the errors. */
  errorPolicy?: 'all';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  parseResponse: (response: { data: TData; errors?: readonly GraphQLFormattedError[] }) => any;
}

export interface RequestContext {
  scopes: readonly string[];
}

// react-admin passes params of a different shape per fetch type; each resource reads the ones it maps.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type ResourceOperations = Partial<Record<FetchType, (params: any, context: RequestContext) => GraphQLRequest>>;

/** What a resource's commands send their documents through: the data provider's client, failures reported as its CRUD ones are. */
export interface CommandSender {
  query<T>(request: GraphQLRequest): Promise<T>;
  mutate<T>(request: GraphQLRequest): Promise<T>;
}

export class DataProviderError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body?: { errors?: Record<string, string> },
  ) {
    super(message);
    this.name = 'DataProviderError';
  }
}
