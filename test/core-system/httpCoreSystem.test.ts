/**
 * The HTTP client against the real reference server, with faults injected by a proxy: a slow
 * answer past the timeout, a 500 after the work was done, a reset connection. Each time the
 * operation happens exactly once; 4xx are never retried and arrive as typed errors.
 */
import { HttpCoreSystem } from '../../adapters/core-system/httpCoreSystem';
import { CoreSystemError } from '../../dialogs/ports/coreSystem';
import { FaultProxy } from './faultProxy';
import { startReferenceServer, TEST_SECRET, type RunningCore } from './referenceServer';
import { chiyoda, DEMO_IDS, hospitalA } from './users';

let core: RunningCore;
let proxy: FaultProxy;
let client: HttpCoreSystem;

beforeEach(async () => {
  core = await startReferenceServer({ today: '2024-06-15' });
  proxy = new FaultProxy(core.url, 4000);
  const proxyUrl = await proxy.listen();
  client = new HttpCoreSystem({ baseUrl: `${proxyUrl}/core/v1`, tokenSecret: TEST_SECRET, timeoutMs: 1500, retries: 2, backoffMs: 20 });
});
afterEach(async () => {
  await proxy.close();
  await core.close();
});

const A = DEMO_IDS.basicFacility;
const dispose = (key: string) => client.registerDisposal(hospitalA, { facilityId: A, lotNumber: 'FB5678', vials: 2, date: '2024-06-15' }, key);
const lotVials = async () => (await client.getStock(hospitalA, A)).lots.find((l) => l.lotNumber === 'FB5678')?.vials;

test.each([['slow', 'a slow answer past the timeout'], ['500-after', 'a 500 after the work was done'], ['reset', 'a reset connection']] as const)(
  'after %s (%s) the retry with the same key replays: the disposal happens once',
  async (fault, _description) => {
    proxy.faults.push(fault);
    const disposal = await dispose('key-1');
    expect(disposal.vials).toBe(2);
    expect(proxy.forwarded).toBeGreaterThanOrEqual(2);
    expect(await lotVials()).toBe(8);
    const disposals = await core.core.context.store.disposals.find({ facilityId: A });
    expect(disposals.map((d) => d.id)).toEqual([disposal.id]);
  },
);

test('a 500 before the work is retried and the operation then happens once', async () => {
  proxy.faults.push('500-before', '500-before');
  await dispose('key-2');
  expect(await lotVials()).toBe(8);
});

test('a refusal (4xx) is not retried and arrives as a typed error with the Japanese detail', async () => {
  const error = await client.registerDisposal(hospitalA, { facilityId: A, lotNumber: 'FB5678', vials: 99, date: '2024-06-15' }, 'key-3').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CoreSystemError);
  expect(error).toMatchObject({ kind: 'conflict', status: 409, code: 'insufficient-stock' });
  expect((error as CoreSystemError).detail).toContain('在庫が足りません');
  expect(proxy.forwarded).toBe(1);
  const forbidden = await client.getFacility(chiyoda, DEMO_IDS.otherBasicFacility).catch((e: unknown) => e);
  expect(forbidden).toMatchObject({ kind: 'forbidden', status: 403 });
  const invalid = await client.registerDemand(hospitalA, { facilityId: A, coolId: DEMO_IDS.openCool, vials: -1 }, 'key-4').catch((e: unknown) => e);
  expect(invalid).toMatchObject({ kind: 'validation', status: 400 });
  expect(Object.keys((invalid as CoreSystemError).fields)).toContain('/vials');
});

test('when every attempt times out the caller gets a timeout error, and the work still happened at most once', async () => {
  proxy.faults.push('slow', 'slow', 'slow');
  const error = await dispose('key-5').catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: 'timeout' });
  expect((error as CoreSystemError).detail).toContain('応答がありませんでした');
  expect(await lotVials()).toBe(8);
  // Resubmitting later with the same key returns the original record.
  const later = await dispose('key-5');
  expect(later.vials).toBe(2);
  expect(await lotVials()).toBe(8);
});

test('an unreachable core is an unavailable error', async () => {
  const offline = new HttpCoreSystem({ baseUrl: 'http://127.0.0.1:9/core/v1', tokenSecret: TEST_SECRET, timeoutMs: 500, retries: 1, backoffMs: 10 });
  await expect(offline.listCools(hospitalA)).rejects.toMatchObject({ kind: 'unavailable' });
  await expect(offline.ping()).rejects.toBeInstanceOf(CoreSystemError);
  await expect(client.ping()).resolves.toBeUndefined();
});

test('typed reads map empty answers to undefined and CSV to text', async () => {
  expect(await client.currentCool(hospitalA, 'moderna')).toBeUndefined();
  expect((await client.currentCool(hospitalA))?.id).toBe(DEMO_IDS.openCool);
  expect(await client.getDemand(hospitalA, A, DEMO_IDS.openCool)).toBeUndefined();
  await client.registerDemand(chiyoda, { facilityId: A, coolId: DEMO_IDS.openCool, vials: 7 }, 'demand-1');
  expect((await client.getDemand(hospitalA, A, DEMO_IDS.openCool))?.vials).toBe(7);
  expect(await client.getReportCsv(chiyoda, 'R306', { coolId: DEMO_IDS.openCool })).toContain('千代田区A病院,7');
  expect((await client.latestNotices(hospitalA)).length).toBe(10);
  expect((await client.listNotices(hospitalA, 2, 10)).items.length).toBe(2);
});
