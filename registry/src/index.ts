export * from './scopes';
export * from './subgraphs';
