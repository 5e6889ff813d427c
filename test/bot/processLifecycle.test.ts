/** The real process: starts with nothing configured, stops cleanly on SIGTERM, refuses bad config. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { makeTempDir } from '../support/tempDir';

const root = path.join(__dirname, '../..');

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', path.join(root, 'test/support/tsRegister.js'), path.join(root, 'bot/index.ts')], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitForListening(output: () => { stdout: string }, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /"url":"(http:\/\/[^"]+)".*is listening/.exec(output().stdout);
    if (match) return match[1];
    if (Date.now() > deadline) throw new Error(`server did not start: ${output().stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('serves /healthz and /readyz, then exits 0 on SIGTERM', async () => {
  const temp = makeTempDir();
  const run = startProcess({ PORT: '0', DATA_DIR: temp.dir });
  try {
    const url = await waitForListening(run.output);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  } finally {
    run.child.kill('SIGKILL');
    temp.cleanup();
  }
});

it.each([
  [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a whole number/],
  [{ PORT: '0', MONGODB_URI: 'mongodb://127.0.0.1:1/vsys' }, /^Invalid configuration: MONGODB_URI cannot be reached/],
])('stops start-up on %j with one clear line', async (env, message) => {
  const temp = makeTempDir();
  const run = startProcess({ DATA_DIR: temp.dir, ...env });
  try {
    expect(await run.exited).toBe(1);
    const lines = run.output().stderr.split('\n').filter((line) => line.startsWith('Invalid configuration'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  } finally {
    temp.cleanup();
  }
});
