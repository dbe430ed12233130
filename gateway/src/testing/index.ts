export * from './test-graph';
export * from './fixture-graph';
export * from './pipeline-parity';
