import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InteractionChannel } from '../interactions/interaction-kinds';

/** The interaction channels a campaign is sent on. */
export const CampaignChannel = { EMAIL: InteractionChannel.EMAIL, SMS: InteractionChannel.SMS } as const;
export type CampaignChannel = (typeof CampaignChannel)[keyof typeof CampaignChannel];
registerEnumType(CampaignChannel, { name: 'CampaignChannel' });

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The server or provider refused the message; it is not tried again. */
  FAILED = 'FAILED',
  /** Consent, an address or the profile's state ruled the traveller out (see the reason). */
  EXCLUDED = 'EXCLUDED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** Profiles' reasons (its CampaignExclusion), as communications records them per recipient. */
export enum ExclusionReason {
  NO_CONSENT = 'NO_CONSENT',
  WITHDRAWN = 'WITHDRAWN',
  NO_ADDRESS = 'NO_ADDRESS',
  ARCHIVED = 'ARCHIVED',
  ERASED = 'ERASED',
  MERGED = 'MERGED',
}
registerEnumType(ExclusionReason, { name: 'ExclusionReason', description: 'Why a traveller of a campaign’s audience receives nothing.' });

@ObjectType({ description: 'Who a campaign is for: every criterion given must hold (any of the segments, any of the tags, linked to the account today).' })
export class CampaignAudience {
  @Field(() => [String])
  segments: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true })
  accountId: string | null;
}

@ObjectType({ description: 'The message in one language; `{{name}}` and `{{unsubscribeUrl}}` are filled in per traveller.' })
export class CampaignContent {
  @Field({ description: 'BCP 47, e.g. en, zh-CN.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'E-mail only.' })
  subject: string | null;

  @Field()
  body: string;
}

@ObjectType()
export class ExclusionCount {
  @Field(() => ExclusionReason)
  reason: ExclusionReason;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class DeliveryCount {
  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  count: number;
}
