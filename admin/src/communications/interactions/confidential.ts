import { ApolloError } from '@apollo/client';
import type { GraphQLRequest } from '../../dataProvider/graphqlRequest';

const CONFIDENTIAL_FIELDS = new Set(['summary', 'outcome']);

/**
 * A confidential interaction's summary and outcome come back null with FORBIDDEN for a role without
 * communications.confidential:read (PC16): the page shows the interaction as confidential instead of
 * failing. Any other error fails the request as usual.
 */
export const allowingConfidentialRefusals = <TData>(request: GraphQLRequest<TData>): GraphQLRequest<TData> => ({
  ...request,
  errorPolicy: 'all',
  parseResponse: (response) => {
    const failures = (response.errors ?? []).filter(
      (error) => !(error.extensions?.code === 'FORBIDDEN' && CONFIDENTIAL_FIELDS.has(String(error.path?.at(-1)))),
    );
    if (failures.length > 0) throw new ApolloError({ graphQLErrors: failures as never });
    return request.parseResponse({ data: response.data });
  },
});
