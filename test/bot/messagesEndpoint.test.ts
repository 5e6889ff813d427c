/** /api/messages over real HTTP: the greeting reaches the channel; bad input gets a clear 4xx. */
import { startApp, type RunningApp } from '../support/startApp';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';

let running: RunningApp;
let connector: FakeConnector;

beforeAll(async () => {
  running = await startApp();
  connector = await startFakeConnector();
});

afterAll(async () => {
  await running.stop();
  await connector.close();
});

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'conversationUpdate',
    id: 'a1',
    channelId: 'emulator',
    serviceUrl: connector.serviceUrl,
    conversation: { id: `conv-${Math.random().toString(36).slice(2)}` },
    from: { id: 'user-1', name: '看護師' },
    recipient: { id: 'bot', name: 'vsys-assistant' },
    membersAdded: [{ id: 'user-1' }],
    ...overrides,
  };
}

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

it('greets a new user in Japanese through the channel', async () => {
  const before = connector.activities.length;
  const response = await post(JSON.stringify(activity()));
  expect(response.status).toBeLessThan(300);
  const replies = (await connector.waitFor(before + 1)).slice(before);
  const text = JSON.stringify(replies);
  expect(text).toMatch(/V-SYS/);
  expect(text).toMatch(/です|ます/);
});

it.each([
  ['non-JSON body', 'this is not json', 'application/json', 400],
  ['wrong content type', 'hello', 'text/plain', 415],
  ['an activity without type', JSON.stringify({ text: 'こんにちは' }), 'application/json', 400],
  ['a JSON array', '[1,2,3]', 'application/json', 400],
  ['a 2 MB body', JSON.stringify({ type: 'message', text: 'あ'.repeat(700_000) }), 'application/json', 413],
])('rejects %s with %s problem+json and keeps serving', async (_name, body, contentType, status) => {
  const response = await post(body, contentType);
  expect(response.status).toBe(status);
  expect(response.type).toMatch(/application\/problem\+json/);
  const problem = JSON.parse(response.body) as { title: string; status: number };
  expect(problem.status).toBe(status);
  expect(problem.title.length).toBeGreaterThan(3);
  expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
  expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
});

it('reports readiness by name', async () => {
  const response = await fetch(`${running.url}/readyz`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
  expect(body.checks.storage.ok).toBe(true);
});

it('accepts a POST without any body headers (curl -X POST) to start a Direct Line conversation', async () => {
  const issued = await fetch(`${running.url}/api/directline/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ demoUser: 'demo-facility' }),
  });
  const { token } = (await issued.json()) as { token: string };
  // Exactly what `curl -X POST` sends: no Content-Length, no Transfer-Encoding, no Content-Type.
  const net = await import('node:net');
  const { hostname, port } = new URL(running.url);
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`POST /v3/directline/conversations HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  expect(status).toBe(201);
  expect(JSON.parse(body)).toHaveProperty('conversationId');
});
