import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readBody } from '../server/http';

export interface FixtureSubgraph {
  url: string;
  /** The query text of every request it answered, in order. */
  queries: string[];
  stop(): Promise<void>;
}

/**
 * A federation subgraph from SDL and resolvers, served by a stock Apollo Server with no database and
 * no token check: for gateway tests on small graphs that show one federation feature each.
 */
export async function startFixtureSubgraph(typeDefs: string, resolvers: Record<string, Record<string, unknown>>): Promise<FixtureSubgraph> {
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const queries: string[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const text = request.method === 'POST' ? await readBody(request, 1_000_000) : '';
      const body = text ? JSON.parse(text) : undefined;
      if (typeof body?.query === 'string') queries.push(body.query);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(key, value);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: new URL(request.url ?? '/', 'http://fixture').search, body },
        context: async () => ({}),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void response.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    queries,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
