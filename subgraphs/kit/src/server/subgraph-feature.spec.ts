import { subgraphFeatures, SubgraphFeature } from './subgraph-feature';

class CreateThings1700000000000 {}
class AddColour1700000000200 {}
class IndexThings1700000000100 {}
class Thing {}
class Colour {}

describe('subgraphFeatures', () => {
  const things: SubgraphFeature<string[]> = {
    name: 'things',
    entities: [Thing],
    migrations: [CreateThings1700000000000, IndexThings1700000000100],
    resolvers: (log) => {
      log.push('things');
      return [{ resolver: 'things' }];
    },
  };
  const colours: SubgraphFeature<string[]> = {
    name: 'colours',
    entities: [Colour, Thing],
    migrations: [AddColour1700000000200, CreateThings1700000000000],
    resolvers: (log) => {
      log.push('colours');
      return [{ resolver: 'colours' }];
    },
  };

  it('lists every entity and migration once, migrations in timestamp order, and resolvers in the order of the features', () => {
    const { module, resolvers } = subgraphFeatures([colours, things]);
    expect(module.entities).toEqual([Colour, Thing]);
    expect(module.migrations).toEqual([CreateThings1700000000000, IndexThings1700000000100, AddColour1700000000200]);
    const log: string[] = [];
    expect(resolvers(log)).toEqual([{ resolver: 'colours' }, { resolver: 'things' }]);
    expect(log).toEqual(['colours', 'things']);
  });

  it('leaves out outbox topics and periodic tasks when no feature has any', () => {
    const { module } = subgraphFeatures([things]);
    expect(module.outboxTopics).toBeUndefined();
    expect(module.periodicTasks).toBeUndefined();
  });

  it('refuses a feature listed twice and a migration without its timestamp', () => {
    expect(() => subgraphFeatures([things, things])).toThrow('Feature things is listed twice');
    class Undated {}
    expect(() => subgraphFeatures([things, { name: 'undated', migrations: [Undated] }])).toThrow('Migration Undated does not end in a 13-digit timestamp');
  });
});
