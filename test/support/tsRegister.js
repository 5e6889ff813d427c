/**
 * Lets a child process started by a test `require()` TypeScript sources directly (transpile only,
 * like ts-jest with isolatedModules), so crash tests run the real code without a build step.
 * Usage: node -r ./test/support/tsRegister.js child.ts
 */
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};
