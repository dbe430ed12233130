import { randomBytes } from 'node:crypto';
import { DestinationStream, Principal } from '@wayfarer/kit';
import { TestSubgraph } from '@wayfarer/kit/testing';
import { profilesModule } from '../index';

/** The profiles subgraph on a fresh database, with its own field-encryption key. */
export const startProfilesSubgraph = (env: Record<string, string> = {}, logDestination?: DestinationStream): Promise<TestSubgraph> =>
  TestSubgraph.start(profilesModule, { FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, ...env }, logDestination);

/** A lawful basis for storing a profile, as every create needs one. */
export const STORAGE_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' } as const;

/** The traveller's explicit consent to special-category data, which needs and the special-needs flag are stored under. */
export const SPECIAL_CATEGORY_CONSENT = {
  purpose: 'SPECIAL_CATEGORY',
  granted: true,
  legalBasis: 'EXPLICIT_CONSENT',
  noticeVersion: '2026-01',
  channel: 'IN_PERSON',
} as const;

/** Records SPECIAL_CATEGORY_CONSENT on a profile; returns the profile's new version and the consent's id. */
export async function grantSpecialCategoryConsent(
  graph: TestSubgraph,
  principal: Principal,
  profileId: string,
  expectedVersion: number,
): Promise<{ version: number; consentId: string }> {
  const result = await graph.run(
    principal,
    `mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version consents { id purpose active } } }`,
    { id: profileId, input: { expectedVersion, ...SPECIAL_CATEGORY_CONSENT } },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const { version, consents } = result.data!.recordConsent as { version: number; consents: { id: string; purpose: string; active: boolean }[] };
  return { version, consentId: consents.find((consent) => consent.purpose === 'SPECIAL_CATEGORY' && consent.active)!.id };
}

/** The corporate subgraph, as it reports account links. */
export const CORPORATE_SERVICE: Principal = {
  id: 'service:corporate',
  kind: 'service',
  roles: [],
  scopes: ['profiles:record-account-links'],
  client: 'corporate',
};

/** Reports, as corporate does, every link a traveller has: by default one to `accountId` from today, open-ended. */
export async function recordAccountLinks(
  graph: TestSubgraph,
  profileId: string,
  accounts: { accountId: string; validFrom?: string; validTo?: string | null }[],
): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const result = await graph.run(CORPORATE_SERVICE, `mutation($links: [AccountLinksInput!]!) { recordAccountLinks(links: $links) }`, {
    links: [{ profileId, accounts: accounts.map((account) => ({ validFrom: today, validTo: null, ...account })) }],
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}
