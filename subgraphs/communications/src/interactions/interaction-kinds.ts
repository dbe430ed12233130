import { registerEnumType } from 'type-graphql';

/** PPLTT52's eight channels of contact with a remote customer. */
export enum InteractionChannel {
  TELEPHONE = 'TELEPHONE',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  ONLINE_CHAT = 'ONLINE_CHAT',
  PAPER = 'PAPER',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  VIDEO = 'VIDEO',
  VOIP = 'VOIP',
}
registerEnumType(InteractionChannel, { name: 'InteractionChannel' });

/** The channels a call can be recorded or monitored on (PC3). */
export const VOICE_CHANNELS: ReadonlySet<InteractionChannel> = new Set([InteractionChannel.TELEPHONE, InteractionChannel.VIDEO, InteractionChannel.VOIP]);

export enum InteractionDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(InteractionDirection, { name: 'InteractionDirection', description: 'INBOUND: the customer contacted us.' });

export enum CustomerRequirement {
  INFORMATION = 'INFORMATION',
  BOOKING = 'BOOKING',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(CustomerRequirement, { name: 'CustomerRequirement', description: 'What the customer wanted from the contact.' });
