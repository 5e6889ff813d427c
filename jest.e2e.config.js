/** Headless-browser suites (Debian chromium + playwright-core). Run by `npm run test:e2e` and .ci/run. */
const base = require('./jest.config.js');
module.exports = {
  ...base,
  testMatch: ['**/test/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  maxWorkers: 1,
};
