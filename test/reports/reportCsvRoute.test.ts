/**
 * The signed CSV download route on a real server: UTF-8 with BOM and the core's header for the
 * link's user; refused without a link, after expiry, when altered, for another report's path, and
 * when the request identifies another user.
 */
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import { ReportCsvLinks } from '../../adapters/reports/reportCsvLinks';
import { registerReportCsvRoute } from '../../adapters/reports/reportCsvRoute';
import { TEST_SECRET } from '../core-system/referenceServer';
import { chiyoda, chuo, DEMO_IDS, prefecture } from '../core-system/users';
import { startCore, type CoreUnderTest } from '../dialogs/operations/reports/coreDialogClient';

let env: CoreUnderTest;
const signer = new TokenSigner(TEST_SECRET);
let links: ReportCsvLinks;

beforeAll(async () => {
  env = await startCore('2024-06-15');
  links = new ReportCsvLinks(signer, env.running.url);
  registerReportCsvRoute(env.running.server, { core: env.core, links, signer });
});
afterAll(() => env.close());

async function download(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; type: string | null }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
}

test('the link downloads the report as the link user sees it: BOM, comma-separated, header and rows', async () => {
  const url = links.csvLink(chiyoda, 'R310', { coolId: DEMO_IDS.closedCool });
  expect(url.startsWith(`${env.running.url}/reports/R310.csv?t=`)).toBe(true);
  const { status, body, type } = await download(url);
  expect(status).toBe(200);
  expect(type).toBe('text/csv; charset=utf-8');
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('市町村名,医療機関・接種会場名,分配量（バイアル）,納入予定日');
  // 千代田区 sees only its own facilities: A病院's 20 vials of 第5クール.
  expect(lines.slice(1)).toEqual([expect.stringMatching(/^千代田区,千代田区A病院,20,\d{4}-\d{2}-\d{2}$/)]);
});

test('the same user presenting their own token may download; another user is refused', async () => {
  const url = links.csvLink(chiyoda, 'R308');
  expect((await download(url, { authorization: `Bearer ${signUserToken(signer, chiyoda)}` })).status).toBe(200);
  const other = await download(url, { authorization: `Bearer ${signUserToken(signer, chuo)}` });
  expect(other.status).toBe(403);
  expect(other.body.toString('utf8')).toContain('別の利用者のために発行されたもの');
  expect((await download(url, { authorization: 'Bearer forged.token.value' })).status).toBe(401);
});

test('an expired link is refused with a Japanese explanation', async () => {
  const anHourAgo = new TokenSigner(TEST_SECRET, () => Date.now() - 60 * 60 * 1000);
  const url = new ReportCsvLinks(anHourAgo, env.running.url).csvLink(prefecture, 'R208');
  const refused = await download(url);
  expect(refused.status).toBe(410);
  expect(refused.type).toBe('text/plain; charset=utf-8');
  expect(refused.body.toString('utf8')).toContain('有効期限が切れています');
  expect((await download(url, { accept: 'application/json' })).type).toBe('application/problem+json');
});

test.each([
  ['no link', (url: string) => url.replace(/\?t=.*/, ''), 401],
  ['an altered link', (url: string) => `${url.slice(0, -10)}${url.at(-10) === 'A' ? 'B' : 'A'}${url.slice(-9)}`, 403],
  ['another report in the path', (url: string) => url.replace('R208.csv', 'R201.csv'), 403],
  ['a link signed with another secret', () => new ReportCsvLinks(new TokenSigner('x'.repeat(40)), env.running.url).csvLink(prefecture, 'R208'), 403],
  ['a path that is not a report', (url: string) => url.replace('R208.csv', 'R208.xlsx'), 404],
])('%s is refused', async (_name, change, status) => {
  const url = change(links.csvLink(prefecture, 'R208'));
  expect((await download(url)).status).toBe(status);
});

test('links are site-relative without a public URL', () => {
  expect(new ReportCsvLinks(signer).csvLink(prefecture, 'R208')).toMatch(/^\/reports\/R208\.csv\?t=/);
});
