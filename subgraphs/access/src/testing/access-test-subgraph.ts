import { KeyObject } from 'node:crypto';
import { ANONYMOUS, generateSigningKeyPair, Principal, publicKeyFromPem } from '@wayfarer/kit';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { accessModule } from '../index';
import { ROLE_SCOPES } from '@wayfarer/registry';

export interface AccessTestSubgraph {
  subgraph: TestSubgraph;
  sessionPublicKey: KeyObject;
  /** Moves the audit events of finished requests into the audit log now rather than within a second. */
  settleAudit(): Promise<void>;
}

export async function startAccessSubgraph(env: Record<string, string> = {}): Promise<AccessTestSubgraph> {
  const sessionKeys = generateSigningKeyPair();
  const subgraph = await TestSubgraph.start(accessModule, { SESSION_PRIVATE_KEY: sessionKeys.privateKeyPem, DEMO: 'false', ...env });
  return {
    subgraph,
    sessionPublicKey: publicKeyFromPem(sessionKeys.publicKeyPem),
    settleAudit: async () => {
      await subgraph.running.audit.flush();
      await subgraph.running.audit.relay();
    },
  };
}

export const adminPrincipal = staff([...ROLE_SCOPES.admin], ['admin'], '0190f0b2-0000-7000-8000-00000000000a');
export const agentPrincipal = staff([...ROLE_SCOPES.agent], ['agent'], '0190f0b2-0000-7000-8000-00000000000b');
export const dpoPrincipal = staff([...ROLE_SCOPES.dpo], ['dpo'], '0190f0b2-0000-7000-8000-00000000000c');
export const anonymousPrincipal: Principal = ANONYMOUS;

export const servicePrincipal = (name: string): Principal => ({ id: `service:${name}`, kind: 'service', scopes: ['audit:write'], roles: [], client: name });

export const gatewayPrincipal: Principal = { id: 'service:gateway', kind: 'service', scopes: ['access:resolve-keys'], roles: [], client: 'gateway' };

export const CREATE_STAFF_MEMBER = `mutation Create($input: CreateStaffMemberInput!) {
  createStaffMember(input: $input) { id username displayName roles scopes active version lastSignInAt createdAt updatedAt }
}`;
