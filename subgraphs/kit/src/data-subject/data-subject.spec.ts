import { printSchema } from 'graphql';
import { buildFederatedSchema, dataSubjectFieldNames, dataSubjectResolver, DataSubjectErasureOutcome } from '../index';

describe('data-subject rights contract', () => {
  it('prefixes the root fields with the subgraph’s name, so every subgraph’s fields compose', () => {
    expect(dataSubjectFieldNames('profiles')).toEqual({ export: 'profilesDataSubjectExport', erase: 'profilesDataSubjectErase' });
    expect(dataSubjectFieldNames('loyalty-points')).toEqual({ export: 'loyaltyPointsDataSubjectExport', erase: 'loyaltyPointsDataSubjectErase' });
  });

  it('gives a subgraph both fields, scoped, with shareable result types', async () => {
    const schema = await buildFederatedSchema({
      resolvers: [dataSubjectResolver('loyalty', { exportSubject: async () => null, eraseSubject: async () => DataSubjectErasureOutcome.NOT_FOUND })],
    });
    const sdl = printSchema(schema);
    expect(sdl).toContain('loyaltyDataSubjectExport(subjectId: ID!): DataSubjectExport!');
    expect(sdl).toContain('loyaltyDataSubjectErase(subjectId: ID!): DataSubjectErasure!');
    for (const type of ['DataSubjectExport', 'DataSubjectErasure']) {
      expect(schema.getType(type)!.astNode!.directives!.map((directive) => directive.name.value)).toContain('shareable');
    }
    const fields = schema.getQueryType()!.getFields();
    expect(fields.loyaltyDataSubjectExport.astNode!.directives!.map((directive) => directive.name.value)).toContain('requiresScopes');
  });
});
