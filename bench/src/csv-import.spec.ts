import { TestGraph } from '@wayfarer/gateway/testing';
import { BENCH_IMPORTER, csvImportCheck, measureCsvImport, travellerCsvRows } from './csv-import';

// The timed run is part of `npm run bench`; this checks, in seconds, that the generated file imports cleanly through the gateway.
describe('CSV import benchmark scenario', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await TestGraph.start();
  });
  afterAll(() => graph?.stop());

  it('imports every generated row, in chunks, with nothing rejected', async () => {
    const token = await graph.sessionToken({ sub: BENCH_IMPORTER.id, roles: BENCH_IMPORTER.roles, scopes: BENCH_IMPORTER.scopes });
    const figures = await measureCsvImport(graph.url, token, travellerCsvRows(2_500));
    expect(figures).toMatchObject({ rows: 2_500, imported: 2_500, rejected: 0, chunks: 3 });
    expect(csvImportCheck({ ...figures, seconds: 1 }).pass).toBe(true);
  });
});
