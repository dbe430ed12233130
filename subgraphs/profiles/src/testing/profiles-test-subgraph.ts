import { randomBytes } from 'node:crypto';
import { TestSubgraph } from '@wayfarer/kit/testing';
import { profilesModule } from '../index';

/** The profiles subgraph on a fresh database, with its own field-encryption key. */
export const startProfilesSubgraph = (env: Record<string, string> = {}): Promise<TestSubgraph> =>
  TestSubgraph.start(profilesModule, { FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, ...env });

/** A lawful basis for storing a profile, as every create needs one. */
export const STORAGE_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' } as const;
