import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { readSession } from '../auth/session';

const withSessionToken = new ApolloLink((operation, forward) => {
  const token = readSession()?.token;
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

export const createApolloClient = () =>
  new ApolloClient({
    link: ApolloLink.from([withSessionToken, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
