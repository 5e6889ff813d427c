/**
 * Lets a child process started by a test `require()` TypeScript sources directly (transpile only,
 * like ts-jest with isolatedModules), so crash tests run the real code without a build step.
 * Usage: node -r ./test/support/tsRegister.js child.ts
 *
 * Transpiled files are cached under the OS temp dir by content hash: several tests start the whole
 * server as a child process, and transpiling every module again each time cost seconds per start.
 * `typescript` itself is loaded only on a cache miss, for the same reason.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const cacheDir = path.join(os.tmpdir(), 'vsys-assistant-ts-cache');
fs.mkdirSync(cacheDir, { recursive: true });
let typescript;

function transpile(source, filename) {
  typescript ??= require('typescript');
  return typescript.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: typescript.ModuleKind.CommonJS,
      target: typescript.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: false,
    },
  }).outputText;
}

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    // Write to a unique temp name then rename, so concurrent test processes never read half a file.
    const temp = `${cached}.${process.pid}.${Date.now()}`;
    fs.writeFileSync(temp, output);
    fs.renameSync(temp, cached);
  }
  module._compile(output, filename);
};
