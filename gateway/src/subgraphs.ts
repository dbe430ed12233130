import type { SubgraphModule } from '@wayfarer/kit';
import { accessModule } from '@wayfarer/access';
import { profilesModule } from '@wayfarer/profiles';
import { corporateModule } from '@wayfarer/corporate';

export interface SubgraphEntry {
  name: string;
  module: SubgraphModule<any>;
  /** Where the composed supergraph sends this subgraph's requests; `SUBGRAPH_URL_<NAME>` overrides it at run time. */
  url: string;
}

/** Every subgraph of the graph: composition, the test graph and the start script all read this list. */
export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'access', module: accessModule, url: 'http://127.0.0.1:4001/graphql' },
  { name: 'profiles', module: profilesModule, url: 'http://127.0.0.1:4002/graphql' },
  { name: 'corporate', module: corporateModule, url: 'http://127.0.0.1:4003/graphql' },
];
