/**
 * The HTTP client against a broken or hostile core (a plain node:http server): a body that never
 * ends must be cut off by the per-attempt timeout, a huge body must be refused once it passes the
 * size limit instead of being buffered whole, and the connections of such failed calls must be
 * closed rather than kept in the pool.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCoreSystem } from '../../adapters/core-system/httpCoreSystem';
import { CoreSystemError } from '../../dialogs/ports/coreSystem';
import { TEST_SECRET } from './referenceServer';
import { DEMO_IDS, hospitalA } from './users';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

let server: http.Server;
let handler: Handler;
let openSockets = 0;
let bytesSent = 0;

beforeEach(async () => {
  openSockets = 0;
  bytesSent = 0;
  server = http.createServer((req, res) => handler(req, res));
  server.on('connection', (socket) => {
    openSockets++;
    socket.on('close', () => openSockets--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function clientFor(options: { timeoutMs?: number; retries?: number } = {}): HttpCoreSystem {
  const { port } = server.address() as AddressInfo;
  return new HttpCoreSystem({ baseUrl: `http://127.0.0.1:${port}/core/v1`, tokenSecret: TEST_SECRET, timeoutMs: options.timeoutMs ?? 2000, retries: options.retries ?? 0, backoffMs: 10 });
}

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('a body that trickles past the timeout ends in a timeout error, and the connection is closed', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id":');
    const drip = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(drip));
  };
  const started = Date.now();
  const error = await clientFor({ timeoutMs: 600 }).getStock(hospitalA, DEMO_IDS.basicFacility).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CoreSystemError);
  expect(error).toMatchObject({ kind: 'timeout' });
  expect(Date.now() - started).toBeLessThan(10_000);
  await eventually(() => openSockets === 0);
});

test('a huge body is refused past the size limit instead of being read whole, and the connection is closed', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    // Up to 1 GiB, written as fast as the client reads it.
    const pump = () => {
      while (bytesSent < 1024 * chunk.length) {
        bytesSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  };
  const error = await clientFor({ timeoutMs: 60_000 }).getStock(hospitalA, DEMO_IDS.basicFacility).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CoreSystemError);
  expect(error).toMatchObject({ kind: 'unavailable', code: 'response-too-large' });
  // Stopped near the limit (what was in flight in socket buffers aside), not after the gigabyte.
  expect(bytesSent).toBeLessThan(200 * chunk.length);
  await eventually(() => openSockets === 0);
});

test('a body announced larger than the limit is refused before it is read', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 ** 3) });
    res.write('{"lots":[');
  };
  const error = await clientFor({ timeoutMs: 60_000 }).getStock(hospitalA, DEMO_IDS.basicFacility).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: 'unavailable', code: 'response-too-large' });
  await eventually(() => openSockets === 0);
});

test('a core that closes the connection in the middle of a body is unavailable, not a hang or a crash', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"lots":[');
    setTimeout(() => res.socket?.destroy(), 50);
  };
  const error = await clientFor({ timeoutMs: 5000 }).getStock(hospitalA, DEMO_IDS.basicFacility).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: 'unavailable' });
});
