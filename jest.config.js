// ESM-only packages (openid-client, jose, oidc-provider) and PGlite's dynamic import() are
// transformed by swc into CommonJS, which is what lets jest run them on Node 20 without flags.
const esm = ['openid-client', 'oauth4webapi', 'jose', 'oidc-provider', '@electric-sql/pglite', 'kysely-pglite-dialect'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|[mc]?j)s$': ['@swc/jest', {
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
      module: { type: 'commonjs', ignoreDynamic: false },
    }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
