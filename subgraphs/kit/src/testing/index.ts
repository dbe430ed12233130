export * from './test-database';
export * from './test-subgraph';
export * from './fixture-subgraph';
