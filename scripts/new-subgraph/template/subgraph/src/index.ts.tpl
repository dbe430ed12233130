import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildFederatedSchema, SubgraphModule } from '@wayfarer/kit';
import { __Entity__ } from './__entities_file__/__entity_file__.entity';
import { __Entity__Service } from './__entities_file__/__entity_file__.service';
import { __Entity__Resolver } from './__entities_file__/__entity_file__.resolver';
import { __CamelName__Settings, load__CamelName__Settings } from './__name__.config';
import { seedDemo__Entities__ } from './demo/demo-__entities_file__';
import { Create__CamelName____timestamp__ } from './migrations/__timestamp__-create-__name__';

export { __Entity__ };

const __entities__Of = (dataSource: DataSource) => new __Entity__Service(dataSource);

export const __camelName__Module: SubgraphModule<__CamelName__Settings> = {
  name: '__name__',
  entities: [__Entity__],
  migrations: [Create__CamelName____timestamp__],
  async prepare(dataSource, _config, logger, env) {
    const settings = load__CamelName__Settings(env);
    if (settings.demo) await seedDemo__Entities__(__entities__Of(dataSource), logger);
    return settings;
  },
  async schema(dataSource) {
    const resolver = new __Entity__Resolver(__entities__Of(dataSource));
    return buildFederatedSchema({
      resolvers: [resolver],
      referenceResolvers: {
        __Entity__: (reference, context) => resolver.load(reference.id, context),
      },
    });
  },
};
