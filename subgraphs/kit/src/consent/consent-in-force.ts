import { GatewayCall, gatewayFailure } from '../server/gateway-call';

const CONSENT_STATES =
  'query ConsentStates($profileIds: [ID!]!, $purpose: ConsentPurpose!) { consentStates(profileIds: $profileIds, purpose: $purpose) { profileId inForce } }';

/**
 * Whether the traveller's consent for a purpose (a profiles `ConsentPurpose`, e.g. CALL_RECORDING)
 * is in force now, asked of profiles through the gateway with the caller's service identity, which
 * needs `profiles:read-consent-state`. An unknown traveller has none; an unanswered question throws.
 */
export async function consentInForce(call: GatewayCall, profileId: string, purpose: string): Promise<boolean> {
  const answer = await call<{ consentStates: { profileId: string; inForce: boolean }[] }>(CONSENT_STATES, { profileIds: [profileId], purpose });
  const failure = gatewayFailure(answer);
  if (failure) throw new Error(`profiles could not say whether traveller ${profileId} consents to ${purpose}: ${failure}`);
  return answer.data?.consentStates.some((state) => state.profileId === profileId && state.inForce) ?? false;
}
