import { GatewayCall, gatewayFailure } from '@wayfarer/kit';

export interface ProfileSummary {
  profileId: string;
  fullName: string;
  preferredLanguage: string | null;
  emails: string[];
  phones: string[];
  postalAddresses: string[];
  preferences: { category: string; value: string; stance: string }[];
  documents: { kind: string; country: string; maskedNumber: string; validUntil: string }[];
  consents: { purpose: string; granted: boolean; recordedAt: string }[];
}

const SUMMARY = `query ProfileSummary($id: ID!) { profileSummary(id: $id) {
  profileId fullName preferredLanguage emails phones postalAddresses
  preferences { category value stance } documents { kind country maskedNumber validUntil } consents { purpose granted recordedAt }
} }`;
const CONFIRM = 'mutation ConfirmProfileByCustomer($id: ID!) { confirmProfileByCustomer(id: $id, channel: EMAIL) }';

/** Profiles holds the profile: communications asks it, through the gateway as this service, for the summary and to record the traveller's confirmation. */
export class ProfilesSummary {
  constructor(private readonly call: GatewayCall) {}

  async summary(profileId: string): Promise<ProfileSummary | null> {
    return (await this.ask<{ profileSummary: ProfileSummary | null }>(SUMMARY, { id: profileId })).profileSummary;
  }

  /** When the confirmation was recorded; null when the traveller is gone. */
  async confirm(profileId: string): Promise<string | null> {
    return (await this.ask<{ confirmProfileByCustomer: string | null }>(CONFIRM, { id: profileId })).confirmProfileByCustomer;
  }

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await this.call<T>(query, variables);
    const failure = gatewayFailure(answer);
    if (failure || !answer.data) throw new Error(`profiles could not answer about the profile summary: ${failure ?? 'no data'}`);
    return answer.data;
  }
}
