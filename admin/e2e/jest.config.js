/** Browser tests: one stack (access, profiles, gateway serving the built console) for the whole run. */
export default {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/admin/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/admin/e2e/stack.setup.ts',
  globalTeardown: '<rootDir>/admin/e2e/stack.teardown.ts',
  maxWorkers: 1,
  testTimeout: 90_000,
};
