import type { SubgraphModule } from '@wayfarer/kit';
import { GATEWAY, SUBGRAPHS as REGISTERED, SubgraphName } from '@wayfarer/registry';
import { accessModule } from '@wayfarer/access';
import { profilesModule } from '@wayfarer/profiles';
import { corporateModule } from '@wayfarer/corporate';

export interface SubgraphEntry {
  name: string;
  module: SubgraphModule<any>;
  /** Where the composed supergraph sends this subgraph's requests; `SUBGRAPH_URL_<NAME>` overrides it at run time. */
  url: string;
}

const MODULES: Record<SubgraphName, SubgraphModule<any>> = { access: accessModule, profiles: profilesModule, corporate: corporateModule };

/** Every registered subgraph with its schema module, in the registry's order: composition and the test graph read this list. */
export const SUBGRAPHS: SubgraphEntry[] = REGISTERED.map(({ name, portOffset }) => ({
  name,
  module: MODULES[name],
  url: `http://127.0.0.1:${GATEWAY.port + portOffset}/graphql`,
}));
