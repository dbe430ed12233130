/** Unit and integration tests (MariaDB, no database mocks); browser tests have their own config in admin/e2e. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/registry', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/bench', '<rootDir>/admin/src', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.tsx?$': swc, '@graphql-hive/router-runtime/.+\\.cjs$': swc },
  // The router runtime loads its query planner with import(), which jest's module sandbox runs only once compiled to require().
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/)'],
  moduleNameMapper: {
    '^@wayfarer/kit/testing$': '<rootDir>/subgraphs/kit/src/testing/index.ts',
    '^@wayfarer/registry$': '<rootDir>/registry/src/index.ts',
    // Every other workspace package is a subgraph: `@wayfarer/<name>` is `subgraphs/<name>`.
    '^@wayfarer/([a-z-]+)$': '<rootDir>/subgraphs/$1/src/index.ts',
    '^@wayfarer/gateway/testing$': '<rootDir>/gateway/src/testing/index.ts',
  },
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  maxWorkers: 2,
  testTimeout: 30000,
};
