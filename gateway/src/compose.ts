import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildASTSchema, introspectionFromSchema, parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import { subgraphSdl } from '@wayfarer/kit';
import { SUBGRAPHS, SubgraphEntry } from './subgraphs';

const ROOT = resolve(__dirname, '../..');

export const COMPOSED_FILES = {
  supergraph: resolve(ROOT, 'supergraph.graphql'),
  apiSchema: resolve(ROOT, 'admin/src/graphql/api-schema.graphql'),
  introspection: resolve(ROOT, 'admin/src/graphql/introspection.json'),
};

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Supergraph composition failed:\n${messages.map((message) => `  - ${message}`).join('\n')}`);
  }
}

export interface Composed {
  supergraph: string;
  apiSchema: string;
  introspection: string;
}

/** The supergraph the gateway serves and the API schema clients see, from each subgraph's own SDL. */
export async function compose(subgraphs: SubgraphEntry[] = SUBGRAPHS): Promise<Composed> {
  const services = await Promise.all(subgraphs.map(async ({ name, module, url }) => ({ name, url, typeDefs: parse(await subgraphSdl(module)) })));
  const result = composeServices(services);
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  const apiSchema = buildASTSchema(result.publicDocumentNode);
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    apiSchema: `${result.publicSdl.trim()}\n`,
    introspection: `${JSON.stringify(introspectionFromSchema(apiSchema), null, 2)}\n`,
  };
}

export function writeComposed(composed: Composed): void {
  const contents: [string, string][] = [
    [COMPOSED_FILES.supergraph, composed.supergraph],
    [COMPOSED_FILES.apiSchema, composed.apiSchema],
    [COMPOSED_FILES.introspection, composed.introspection],
  ];
  for (const [file, content] of contents) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

if (require.main === module) {
  compose()
    .then((composed) => {
      writeComposed(composed);
      process.stdout.write(`Composed ${SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')} into ${COMPOSED_FILES.supergraph}\n`);
    })
    .catch((error) => {
      process.stderr.write(`${error instanceof CompositionError ? error.message : (error?.stack ?? error)}\n`);
      process.exit(1);
    });
}
