/**
 * Identity and access on the local Direct Line: the token decides who the user is and which
 * conversation they may read; bad tokens get 401, someone else's conversation 403, and every bad
 * request a 4xx problem+json.
 */
import WebSocket from 'ws';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import { makeTempDir } from '../support/tempDir';
import { FACILITY_USER, MUNICIPALITY_USER, startChannelServer, TEST_SECRET, type ChannelServer } from './helpers/channelServer';

interface Issued {
  token: string;
  conversationId: string;
  userId: string;
}

describe('local Direct Line security', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ChannelServer;
  let clock = Date.now();

  beforeAll(async () => {
    temp = makeTempDir('vsys-dl-sec-');
    server = await startChannelServer({ dataDir: temp.dir, now: () => clock });
  });

  afterAll(async () => {
    await server.stop();
    temp.cleanup();
  });

  async function call(method: string, path: string, options: { token?: string; body?: unknown; contentType?: string; raw?: string } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined || options.raw !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined };
  }

  async function startConversation(demoUser: string): Promise<Issued> {
    const issued = (await call('POST', '/api/directline/token', { body: { demoUser } })).body as Issued;
    const started = await call('POST', '/v3/directline/conversations', { token: issued.token, body: {} });
    expect(started.status).toBe(201);
    return issued;
  }

  async function say(issued: Issued, activity: Record<string, unknown>) {
    return call('POST', `/v3/directline/conversations/${issued.conversationId}/activities`, { token: issued.token, body: activity });
  }

  async function messages(issued: Issued): Promise<Array<{ text?: string; from: { id: string; name?: string } }>> {
    const res = await call('GET', `/v3/directline/conversations/${issued.conversationId}/activities`, { token: issued.token });
    expect(res.status).toBe(200);
    return res.body.activities.filter((a: { type: string }) => a.type === 'message');
  }

  it('acts as the token user whatever from.id or userToken the client sends', async () => {
    const facility = await startConversation(FACILITY_USER.id);
    const forgedForOther = signUserToken(new TokenSigner('an-attacker-secret-that-is-long-enough-000'), MUNICIPALITY_USER);
    const res = await say(facility, {
      type: 'message',
      text: 'whoami',
      from: { id: MUNICIPALITY_USER.id, name: '偽名' },
      channelData: { userToken: forgedForOther, clientActivityID: 'abc' },
    });
    expect(res.status).toBe(200);
    const transcript = await messages(facility);
    const mine = transcript.find((a) => a.text === 'whoami');
    expect(mine?.from).toMatchObject({ id: FACILITY_USER.id, name: FACILITY_USER.displayName });
    expect(transcript.map((a) => a.text)).toContain(`identity:${FACILITY_USER.id} from:${FACILITY_USER.id}`);
  });

  it('refuses reading or writing another conversation with your token (403)', async () => {
    const facility = await startConversation(FACILITY_USER.id);
    const municipality = await startConversation(MUNICIPALITY_USER.id);
    const other = municipality.conversationId;
    for (const [method, path, body] of [
      ['GET', `/v3/directline/conversations/${other}/activities`, undefined],
      ['GET', `/v3/directline/conversations/${other}`, undefined],
      ['POST', `/v3/directline/conversations/${other}/activities`, { type: 'message', text: 'こんにちは' }],
    ] as const) {
      const res = await call(method, path, { token: facility.token, body });
      expect({ path, status: res.status, type: res.type }).toEqual({ path, status: 403, type: 'application/problem+json' });
      expect(res.body.detail).toMatch(/権限がありません/);
    }
    expect((await messages(municipality)).map((a) => a.text)).not.toContain('こんにちは');
  });

  it('refuses expired and forged tokens (401), also for refresh and the stream', async () => {
    const issued = await startConversation(FACILITY_USER.id);
    const forger = new TokenSigner('an-attacker-secret-that-is-long-enough-000');
    const forged = forger.sign('directline', FACILITY_USER.id, 600, { conversationId: issued.conversationId, user: FACILITY_USER });
    const tampered = issued.token.slice(0, -4) + (issued.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const userTokenInstead = signUserToken(new TokenSigner(TEST_SECRET), FACILITY_USER);
    const path = `/v3/directline/conversations/${issued.conversationId}/activities`;

    for (const token of [forged, tampered, userTokenInstead, 'not-a-token', undefined]) {
      const res = await call('GET', path, { token });
      expect(res.status).toBe(401);
      expect(res.type).toBe('application/problem+json');
    }

    clock += 31 * 60 * 1000; // past the Direct Line token's lifetime
    try {
      const expired = await call('GET', path, { token: issued.token });
      expect(expired.status).toBe(401);
      expect(expired.body.detail).toMatch(/有効期限/);
      expect((await call('POST', '/v3/directline/tokens/refresh', { token: issued.token })).status).toBe(401);
    } finally {
      clock = Date.now();
    }

    const streamStatus = (url: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => (ws.close(), resolve(101)));
        ws.on('error', () => undefined);
      });
    const wsBase = server.url.replace('http', 'ws');
    expect(await streamStatus(`${wsBase}/v3/directline/conversations/${issued.conversationId}/stream?t=${forged}`)).toBe(401);
    const other = await startConversation(MUNICIPALITY_USER.id);
    const otherStart = await call('POST', '/v3/directline/conversations', { token: other.token, body: {} });
    const otherStream = new URL(otherStart.body.streamUrl as string);
    expect(await streamStatus(`${wsBase}/v3/directline/conversations/${issued.conversationId}/stream?t=${otherStream.searchParams.get('t')}`)).toBe(403);
    expect(await streamStatus(otherStart.body.streamUrl)).toBe(101);
  });

  it('issues tokens only for known demo users or valid user tokens', async () => {
    const users = await call('GET', '/api/demo/users');
    expect(users.body).toEqual([
      { id: FACILITY_USER.id, displayName: FACILITY_USER.displayName, role: 'facility', organizationName: FACILITY_USER.organizationName, facilityType: 'basic' },
      { id: MUNICIPALITY_USER.id, displayName: MUNICIPALITY_USER.displayName, role: 'municipality', organizationName: MUNICIPALITY_USER.organizationName, facilityType: null },
    ]);
    const viaUserToken = await call('POST', '/api/directline/token', { token: signUserToken(server.signer, MUNICIPALITY_USER) });
    expect(viaUserToken).toMatchObject({ status: 200, body: { userId: MUNICIPALITY_USER.id } });

    const cases: Array<[string, Parameters<typeof call>[2], number]> = [
      ['unknown demo user', { body: { demoUser: 'nobody' } }, 400],
      ['demo user of the wrong type', { body: { demoUser: 42 } }, 400],
      ['empty body', { body: {} }, 400],
      ['broken JSON', { raw: '{"demoUser":' }, 400],
      ['not JSON', { raw: 'demoUser=x', contentType: 'text/plain' }, 415],
      ['forged user token', { token: signUserToken(new TokenSigner('an-attacker-secret-that-is-long-enough-000'), FACILITY_USER) }, 401],
    ];
    for (const [what, options, status] of cases) {
      const res = await call('POST', '/api/directline/token', options);
      expect({ what, status: res.status, type: res.type }).toEqual({ what, status, type: 'application/problem+json' });
    }
  });

  it('answers bad input on every Direct Line endpoint with a 4xx problem', async () => {
    const issued = await startConversation(FACILITY_USER.id);
    const base = `/v3/directline/conversations/${issued.conversationId}`;
    const cases: Array<[string, string, Parameters<typeof call>[2], number]> = [
      ['POST', `${base}/activities`, { token: issued.token, raw: '{"type":' }, 400],
      ['POST', `${base}/activities`, { token: issued.token, raw: 'hello', contentType: 'text/plain' }, 415],
      ['POST', `${base}/activities`, { token: issued.token, body: [] }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'message', text: 42 } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'message', text: 'あ'.repeat(20_001) } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'message', channelData: 'x' } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'event' } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, body: { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'file:///etc/passwd' }] } }, 400],
      ['POST', `${base}/activities`, { token: issued.token, raw: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }) }, 413],
      ['GET', `${base}/activities?watermark=abc`, { token: issued.token }, 400],
      ['GET', `${base}?watermark=-1`, { token: issued.token }, 400],
      ['POST', `${base}/upload`, { token: issued.token, raw: 'file', contentType: 'application/octet-stream' }, 415],
      ['GET', `/v3/directline/nothing-here`, { token: issued.token }, 404],
    ];
    for (const [method, path, options, status] of cases) {
      const res = await call(method, path, options);
      expect({ method, path: path.slice(0, 60), status: res.status, type: res.type }).toEqual({
        method,
        path: path.slice(0, 60),
        status,
        type: 'application/problem+json',
      });
    }
    // The conversation still works after all that.
    expect((await say(issued, { type: 'message', text: 'まだ使えますか' })).status).toBe(200);
    expect((await messages(issued)).map((a) => a.text)).toContain('echo:まだ使えますか');
  });
});
