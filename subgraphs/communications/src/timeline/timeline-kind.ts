import { registerEnumType } from 'type-graphql';

/** What a timeline entry is; a feature putting its items on the timeline adds its kind here. */
export enum TimelineKind {
  INTERACTION = 'INTERACTION',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });
