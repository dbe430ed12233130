import { readFileSync } from 'node:fs';
import { Kind, parse, StringValueNode } from 'graphql';

export interface SupergraphFile {
  sdl: string;
  /** Each subgraph's name and URL as composed (`join__Graph`), in supergraph order. */
  subgraphs: { name: string; url: string }[];
}

export function readSupergraph(path: string): SupergraphFile {
  const sdl = readFileSync(path, 'utf8');
  const subgraphs: SupergraphFile['subgraphs'] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const argument = (name: string) => (graph?.arguments?.find((arg) => arg.name.value === name)?.value as StringValueNode | undefined)?.value;
      const name = argument('name');
      const url = argument('url');
      if (name && url) subgraphs.push({ name, url });
    }
  }
  return { sdl, subgraphs };
}
