import { registerEnumType } from 'type-graphql';

/** What a timeline entry is; a feature putting its items on the timeline adds its kind here. */
export enum TimelineKind {
  INTERACTION = 'INTERACTION',
  UNDERTAKING = 'UNDERTAKING',
  COMPLAINT = 'COMPLAINT',
  FEEDBACK = 'FEEDBACK',
  CAMPAIGN_MESSAGE = 'CAMPAIGN_MESSAGE',
}
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'UNDERTAKING and COMPLAINT stand at the time they were made or received, FEEDBACK when it was given, CAMPAIGN_MESSAGE when it was sent.',
});
