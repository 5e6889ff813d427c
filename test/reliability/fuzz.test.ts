/**
 * Fuzzing every HTTP endpoint of the real server (all of bot/app.ts): seeded hostile requests
 * (fuzzCases.ts); every answer is 2xx/3xx/4xx, never 5xx, never a dropped connection, never a
 * stack trace or a server path; the server is still healthy and ready afterwards, and a user can
 * still talk to the bot. `npm test` runs a reduced count; FUZZ_FULL=1 runs 10,000 cases
 * (FUZZ_SEED picks another seed).
 */
import http from 'node:http';
import { startApp, type RunningApp } from '../support/startApp';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import { DEMO_USERS } from '../../adapters/core-system/reference/demoData';
import { DirectLineSession } from '../../bot/cli/benchDirectLineClient';
import { fuzzCase, ENDPOINT_NAMES, type FuzzContext, type FuzzRequest } from './fuzzCases';

const FULL = process.env.FUZZ_FULL === '1';
const CASES = FULL ? 10_000 : 600;
const SEED = Number(process.env.FUZZ_SEED ?? 20240615);
const PARALLEL = 8;
const SECRET = 'fuzz-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

/** What must never reach a client: stack frames, source paths, internal error names. */
const LEAK = /(\n\s+at [^\n]+:\d+:\d+|node_modules|\/work\/main|[A-Za-z]:\\|\.ts:\d+|\bTypeError|\bReferenceError|\bRangeError|SyntaxError: Unexpected)/;

/**
 * The one 5xx the Bot Framework protocol prescribes: an `invoke` activity the bot does not
 * implement is answered 501 (botbuilder's ActivityHandler), which channels such as Teams expect.
 */
function protocolAnswer(request: FuzzRequest, answer: Answer): boolean {
  if (answer.status !== 501 || request.path !== '/api/messages' || typeof request.body !== 'string') return false;
  try {
    return (JSON.parse(request.body) as { type?: unknown }).type === 'invoke';
  } catch {
    return false;
  }
}

interface Answer {
  status: number;
  body: string;
}

function send(base: string, request: FuzzRequest): Promise<Answer> {
  const url = new URL(request.path, base);
  return new Promise((resolve) => {
    const req = http.request(url, { method: request.method, headers: request.headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => resolve({ status: 0, body: `response error: ${error.message}` }));
    });
    // A server may refuse a too-large body by answering early and closing; that is fine if it answered.
    req.on('error', (error) => resolve({ status: 0, body: `request error: ${error.message}` }));
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.end(request.body);
  });
}

let running: RunningApp;
let connector: FakeConnector;
let context: FuzzContext;

beforeAll(async () => {
  connector = await startFakeConnector();
  running = await startApp({ TOKEN_SECRET: SECRET });
  const session = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
  const openapi = (await (await fetch(`${running.url}/core/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  const corePaths = Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).filter((m) => /^(get|post|put|patch|delete)$/.test(m)).map((m) => [m, path] as [string, string]));
  const user = DEMO_USERS.find((candidate) => candidate.id === 'demo-facility')!;
  context = {
    directLineToken: session.token,
    conversationId: session.conversationId,
    userToken: signUserToken(new TokenSigner(SECRET), user),
    corePaths,
    serviceUrl: connector.serviceUrl,
  };
});

afterAll(async () => {
  await running?.stop();
  await connector?.close();
});

it(`answers ${CASES} hostile requests to every endpoint with 2xx-4xx and no stack trace, and stays healthy`, async () => {
  expect(context.corePaths.length).toBeGreaterThan(20);
  const failures: string[] = [];
  const statuses = new Map<string, Set<number>>();
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < CASES) {
        const index = next++;
        const request = fuzzCase(SEED, index, context);
        const answer = await send(running.url, request);
        const endpoint = ENDPOINT_NAMES[index % ENDPOINT_NAMES.length];
        if (!statuses.has(endpoint)) statuses.set(endpoint, new Set());
        statuses.get(endpoint)!.add(answer.status);
        if ((answer.status < 200 || answer.status >= 500) && !protocolAnswer(request, answer)) failures.push(`${request.label}: ${request.method} ${request.path.slice(0, 120)} -> ${answer.status} ${answer.body.slice(0, 200)}`);
        else if (LEAK.test(answer.body)) failures.push(`${request.label}: ${request.method} ${request.path.slice(0, 120)} leaked: ${LEAK.exec(answer.body)?.[0]}`);
      }
    }),
  );
  expect(failures.slice(0, 15)).toEqual([]);
  // Every endpoint was reached, and the cases got past authentication somewhere (not only 401s).
  expect([...statuses.keys()].sort()).toEqual([...ENDPOINT_NAMES].sort());
  const successes = [...statuses.values()].filter((seen) => [...seen].some((status) => status < 300)).length;
  expect(successes).toBeGreaterThan(ENDPOINT_NAMES.length / 2);

  expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  // A real user still gets an answer.
  const user = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
  const answer = await user.say('希望量の登録方法を教えてください');
  expect(answer.replies.length).toBeGreaterThan(0);
}, 600_000);
