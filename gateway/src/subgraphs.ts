import type { SubgraphModule } from '@wayfarer/kit';
import { GATEWAY, SUBGRAPHS as REGISTERED } from '@wayfarer/registry';

export interface SubgraphEntry {
  name: string;
  module: SubgraphModule<unknown>;
  /** Where the composed supergraph sends this subgraph's requests; `SUBGRAPH_URL_<NAME>` overrides it at run time. */
  url: string;
}

/** `@wayfarer/<name>` exports its module as `<name>Module` (`loyalty-offers` → `loyaltyOffersModule`). */
export const moduleExportName = (name: string) => `${name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Module`;

function loadModule(name: string): SubgraphModule<unknown> {
  const exported = (require(`@wayfarer/${name}`) as Record<string, SubgraphModule<unknown> | undefined>)[moduleExportName(name)];
  if (!exported) throw new Error(`@wayfarer/${name} does not export ${moduleExportName(name)}`);
  return exported;
}

/** Every registered subgraph with its schema module, in the registry's order: composition and the test graph read this list. */
export const SUBGRAPHS: SubgraphEntry[] = REGISTERED.map(({ name, portOffset }) => ({
  name,
  module: loadModule(name),
  url: `http://127.0.0.1:${GATEWAY.port + portOffset}/graphql`,
}));
