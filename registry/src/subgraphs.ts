import type { ServiceScope } from './scopes';

/** Secrets a service reads from its environment (generated into `.data/secrets.json` in development). */
export type SecretName =
  | 'INTERNAL_TOKEN_PRIVATE_KEY'
  | 'INTERNAL_TOKEN_PUBLIC_KEY'
  | 'SESSION_PRIVATE_KEY'
  | 'SESSION_PUBLIC_KEY'
  | 'SERVICE_TOKEN_SECRET'
  | 'FIELD_ENCRYPTION_KEYS'
  | 'CAMPAIGN_LINK_SECRET';

export interface SubgraphDefinition {
  /** Lower-case kebab name: folder `subgraphs/<name>`, package `@wayfarer/<name>`, database `databaseName(name)`. */
  name: string;
  /** Its port is the gateway's plus this (4001, 4002, … under `npm start`). */
  portOffset: number;
  secrets: readonly SecretName[];
  /** What it may do when it calls through the gateway with its service identity. */
  serviceScopes: readonly ServiceScope[];
}

/** What every subgraph needs: the key that verifies the gateway's tokens and the secret it identifies itself with. */
const EVERY_SUBGRAPH: readonly SecretName[] = ['INTERNAL_TOKEN_PUBLIC_KEY', 'SERVICE_TOKEN_SECRET'];

/** Every subgraph of the graph, in composition order. */
export const SUBGRAPHS = [
  { name: 'access', portOffset: 1, secrets: [...EVERY_SUBGRAPH, 'SESSION_PRIVATE_KEY'], serviceScopes: ['audit:write'] },
  {
    name: 'profiles',
    portOffset: 2,
    secrets: [...EVERY_SUBGRAPH, 'FIELD_ENCRYPTION_KEYS'],
    serviceScopes: ['audit:write', 'corporate:record-traveller-preferences', 'loyalty:record-scheme-consent'],
  },
  {
    name: 'corporate',
    portOffset: 3,
    secrets: EVERY_SUBGRAPH,
    serviceScopes: ['audit:write', 'profiles:record-account-links', 'loyalty:record-account-links'],
  },
  {
    name: 'loyalty',
    portOffset: 4,
    secrets: [...EVERY_SUBGRAPH, 'FIELD_ENCRYPTION_KEYS'],
    serviceScopes: ['audit:write', 'profiles:read-consent-state', 'profiles:record-loyalty-tiers'],
  },
  {
    name: 'communications',
    portOffset: 5,
    secrets: [...EVERY_SUBGRAPH, 'CAMPAIGN_LINK_SECRET'],
    serviceScopes: [
      'audit:write',
      'profiles:read-consent-state',
      'profiles:resolve-campaign-audience',
      'profiles:withdraw-marketing-consent',
      'profiles:read-profile-summary',
      'profiles:record-customer-verification',
      'profiles:match-email-senders',
    ],
  },
  // new-subgraph: `npm run new-subgraph` adds its entry above this line.
] as const satisfies readonly SubgraphDefinition[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const GATEWAY = {
  port: 4000,
  secrets: ['INTERNAL_TOKEN_PRIVATE_KEY', 'SESSION_PUBLIC_KEY', 'SERVICE_TOKEN_SECRET'],
  /** The gateway's own identity when it asks the access subgraph about keys and sessions. */
  serviceScopes: ['access:resolve-keys'],
} as const satisfies { port: number; secrets: readonly SecretName[]; serviceScopes: readonly ServiceScope[] };

export const subgraphNamed = (name: string): SubgraphDefinition | undefined => SUBGRAPHS.find((subgraph) => subgraph.name === name);

/** `mysql-init.sql` and docker compose: each subgraph's own database and account (`loyalty-offers` → `wf_loyalty_offers`: a dash is not a bare SQL name). */
export const databaseName = (name: string) => `wf_${name.replace(/-/g, '_')}`;

/** `SUBGRAPH_URL_PROFILES`, `DATABASE_URL_PROFILES`, …: per-subgraph variables. */
export const envSuffix = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
