/** The chat page and its assets over HTTP, and the token endpoints with demo mode off. */
import { signUserToken } from '../../adapters/identity/userToken';
import { makeTempDir } from '../support/tempDir';
import { FACILITY_USER, startChannelServer, type ChannelServer } from './helpers/channelServer';

describe('chat page and demo mode off', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ChannelServer;

  beforeAll(async () => {
    temp = makeTempDir('vsys-pages-');
    server = await startChannelServer({ dataDir: temp.dir, demoUsers: null });
  });

  afterAll(async () => {
    await server.stop();
    temp.cleanup();
  });

  it('serves the page in Japanese with a strict Content-Security-Policy and Web Chat from node_modules', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const html = await page.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('src="/chat/webchat.js"');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg)/);

    const bundle = await fetch(`${server.url}/chat/webchat.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const etag = bundle.headers.get('etag')!;
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000); // fetch decompresses: the full bundle
    const again = await fetch(`${server.url}/chat/webchat.js`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);

    const script = await fetch(`${server.url}/chat/chat.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip'); // fetch has already decompressed it
    const text = await script.text();
    expect(text).toContain('renderWebChat');
  });

  it('offers no demo users and no demo tokens when demo mode is off, but accepts signed user tokens', async () => {
    const users = await fetch(`${server.url}/api/demo/users`);
    expect(users.status).toBe(404);
    expect(users.headers.get('content-type')).toBe('application/problem+json');

    const demo = await fetch(`${server.url}/api/directline/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ demoUser: FACILITY_USER.id }),
    });
    expect(demo.status).toBe(403);
    expect(((await demo.json()) as { detail: string }).detail).toMatch(/デモ/);

    const signed = await fetch(`${server.url}/api/directline/token`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${signUserToken(server.signer, FACILITY_USER)}` },
    });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ userId: FACILITY_USER.id, token: expect.any(String), expires_in: 1800 });
  });
});
