import { CommunicationsFeature } from '../communications.feature';
import { Undertaking } from './undertaking.entity';
import { UndertakingResolver } from './undertaking.resolver';
import { UndertakingService } from './undertaking.service';
import { undertakingSubjectPart } from './undertaking-subject';
import { TimelineKind } from '../timeline/timeline-kind';
import { CreateUndertakings1796711000000 } from '../migrations/1796711000000-create-undertakings';

/** Promises made to travellers, with their due times, owners' and teams' worklists, and delay explanations (PC10, PC11, PC15). */
export const undertakingsFeature: CommunicationsFeature = {
  name: 'undertakings',
  entities: [Undertaking],
  migrations: [CreateUndertakings1796711000000],
  resolvers({ dataSource, dataSubject, timeline, interactionResolver, references }) {
    dataSubject.register(undertakingSubjectPart);
    const resolver = new UndertakingResolver(new UndertakingService(dataSource, timeline), interactionResolver);
    references.Undertaking = (reference, context) => resolver.load(reference.id, context);
    timeline.register({ kind: TimelineKind.UNDERTAKING, type: Undertaking, load: (id, context) => resolver.load(id, context) });
    return [resolver];
  },
};
