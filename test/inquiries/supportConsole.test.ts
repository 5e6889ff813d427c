/**
 * The support console over HTTP on the real app: support role only, session cookie, inquiries with
 * filter/search/detail, replies shown on the user's status page, every user-typed value escaped,
 * and the unanswered-questions report with its CSV.
 */
import { ConversationRecords } from '../../dialogs/conversationRecords';
import { InquiryLinks } from '../../adapters/inquiries/inquiryLink';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { startApp, type RunningApp } from '../support/startApp';
import { FormClient, fieldValue, textareaValue, unescapeHtml } from './support/formClient';
import { INQUIRIES_COLLECTION, type InquiryRecord } from '../../adapters/inquiries/inquiryRecord';
import { XSS, escapedOnly, signedInSupport as signIn } from './support/consoleClient';

const SECRET = 'support-console-test-secret-0123456789abc';

function user(role: UserIdentity['role'], extra: Partial<UserIdentity> = {}): UserIdentity {
  return { id: `u-${role}`, displayName: `${role} 担当`, role, organizationId: `org-${role}`, organizationName: `${role} 組織`, ...extra };
}

describe('support console', () => {
  let running: RunningApp;
  let signer: TokenSigner;
  let links: InquiryLinks;

  beforeAll(async () => {
    running = await startApp({ TOKEN_SECRET: SECRET });
    signer = new TokenSigner(SECRET);
    links = new InquiryLinks(signer);
  });

  afterAll(async () => {
    await running.stop();
  });

  async function submitInquiry(client: FormClient, fields: { question: string; email?: string; phone?: string; category?: string }, requester = user('facility')) {
    const link = await links.inquiryLink({
      reason: 'not-solved',
      question: fields.question,
      transcript: [{ from: 'user', text: fields.question, at: new Date().toISOString() }, { from: 'bot', text: `回答 ${XSS}`, at: new Date().toISOString() }],
      user: requester,
    });
    const form = await client.get(link);
    const sent = await client.post('/inquiry', {
      category: fields.category ?? 'operation',
      question: fields.question,
      email: fields.email ?? 'user@example.jp',
      phone: fields.phone ?? '',
      csrf: fieldValue(form.body, 'csrf')!,
      context: fieldValue(form.body, 'context')!,
    });
    expect(sent.status).toBe(303);
    return /\/inquiry\/([^?]+)/.exec(sent.location!)![1];
  }

  const signedInSupport = () => signIn(running.url);

  it('is for the support role only: sign-in page for strangers, 403 for every other role', async () => {
    const anonymous = await new FormClient(running.url).get('/support');
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toBe('/support/login');

    for (const role of ['facility', 'municipality', 'prefecture', 'maker'] as const) {
      const token = signUserToken(signer, user(role));
      const bearer = new FormClient(running.url, { authorization: `Bearer ${token}` });
      for (const path of ['/support', '/support/unanswered', '/support/unanswered.csv']) {
        const page = await bearer.get(path);
        expect(page.status).toBe(403);
        expect(page.body).toContain('サポート担当者のみ');
      }
      const api = await fetch(`${running.url}/support`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
      expect(api.status).toBe(403);
      expect(api.headers.get('content-type')).toContain('application/problem+json');
    }

    // A demo facility user cannot sign in to the console, and gets no session.
    const client = new FormClient(running.url);
    const login = await client.get('/support/login');
    const refused = await client.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-facility' });
    expect(refused.status).toBe(403);
    expect(client.cookie('vsys_support')).toBeUndefined();

    // A forged session cookie is no session.
    const forged = new FormClient(running.url, { cookie: 'vsys_support=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA' });
    expect((await forged.get('/support')).status).toBe(303);
  });

  it('signs support staff in with an HttpOnly, SameSite=Strict, expiring session cookie', async () => {
    const client = new FormClient(running.url);
    const login = await client.get('/support/login');
    const done = await client.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-support' });
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('vsys_support='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).toMatch(/Path=\/support/);
    expect((await client.get('/support')).status).toBe(200);

    // Without the CSRF token the sign-in is refused.
    const noCsrf = await new FormClient(running.url).post('/support/login', { demoUser: 'demo-support' });
    expect(noCsrf.status).toBe(403);

    // A support user token (non-demo sign-in) works too.
    const tokenClient = new FormClient(running.url);
    const page = await tokenClient.get('/support/login');
    const viaToken = await tokenClient.post('/support/login', { csrf: fieldValue(page.body, 'csrf')!, userToken: signUserToken(signer, user('support')) });
    expect(viaToken.status).toBe(303);
    expect((await tokenClient.get('/support')).body).toContain('support 担当');
  });

  it('lists, filters and searches inquiries, shows one with its transcript, and replies to it', async () => {
    const userBrowser = new FormClient(running.url);
    const number = await submitInquiry(userBrowser, { question: '予約受付の停止方法を知りたい', category: 'facility' });
    const other = await submitInquiry(new FormClient(running.url), { question: '請求書の締め切りはいつですか', category: 'claims' });
    const support = await signedInSupport();

    const list = await support.get('/support');
    expect(list.body).toContain(number);
    expect(list.body).toContain(other);
    const searched = await support.get(`/support?q=${encodeURIComponent('予約受付')}`);
    expect(searched.body).toContain(number);
    expect(searched.body).not.toContain(other);

    const detail = await support.get(`/support/inquiries/${number}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toContain('facility 組織（医療機関）facility 担当');
    expect(detail.body).toContain('user@example.jp');
    expect(detail.body).toContain('ご利用者：</strong>予約受付の停止方法を知りたい');
    // A notice name that is not one of ours shows no notice (not Object's constructor).
    const oddNotice = await support.get(`/support/inquiries/${number}?notice=constructor`);
    expect(oddNotice.status).toBe(200);
    expect(oddNotice.body).not.toContain('function Object');

    const progress = await support.post(`/support/inquiries/${number}/status`, { csrf: fieldValue(detail.body, 'csrf')!, status: 'in-progress' });
    expect(progress.status).toBe(303);
    expect((await support.get('/support?status=in-progress')).body).toContain(number);
    expect((await support.get('/support?status=new')).body).not.toContain(`>${number}<`);
    expect((await userBrowser.get(`/inquiry/${number}`)).body).toContain('対応中');

    const empty = await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply: '  ' });
    expect(empty.status).toBe(422);
    expect(empty.body).toContain('回答を入力してください。');

    const reply = '「医療機関情報」画面の「予約受付状況」を「停止中」に変更してください。';
    const replied = await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply });
    expect(replied.status).toBe(303);
    const after = await support.get(replied.location!);
    expect(after.body).toContain('チャットがないため、状況ページにのみ表示されます');
    expect(after.body).toContain('回答済み');

    const status = await userBrowser.get(`/inquiry/${number}`);
    expect(status.body).toContain('回答済み');
    expect(status.body).toContain(reply);

    // Forms without the CSRF token change nothing.
    const forged = await support.post(`/support/inquiries/${number}/reply`, { reply: 'forged' });
    expect(forged.status).toBe(403);
    expect((await userBrowser.get(`/inquiry/${number}`)).body).not.toContain('forged');
  });

  it('shows HTML and script payloads in every field as text', async () => {
    const requester = user('municipality', { displayName: `担当 ${XSS}`, organizationName: `市 ${XSS}` });
    const userBrowser = new FormClient(running.url);

    // Invalid input is shown again, escaped, in every field.
    const form = await userBrowser.get(await links.inquiryLink({ reason: 'user-request', question: XSS, transcript: [{ from: 'user', text: XSS, at: new Date().toISOString() }], user: requester }));
    escapedOnly(form.body);
    const invalid = await userBrowser.post('/inquiry', { category: XSS, question: XSS, email: XSS, phone: XSS, csrf: fieldValue(form.body, 'csrf')!, context: fieldValue(form.body, 'context')! });
    expect(invalid.status).toBe(422);
    escapedOnly(invalid.body);
    expect(fieldValue(invalid.body, 'email')).toBe(XSS);
    expect(fieldValue(invalid.body, 'phone')).toBe(XSS);
    expect(textareaValue(invalid.body, 'question')).toBe(XSS);

    const number = await submitInquiry(userBrowser, { question: `質問 ${XSS}`, email: `o'neil&co@example.jp` }, requester);
    escapedOnly((await userBrowser.get(`/inquiry/${number}`)).body);

    const support = await signedInSupport();
    escapedOnly((await support.get('/support')).body);
    const detail = await support.get(`/support/inquiries/${number}`);
    escapedOnly(detail.body);
    expect(detail.body).toContain('o&#39;neil&amp;co@example.jp');

    await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply: `回答 ${XSS}` });
    const answered = await support.get(`/support/inquiries/${number}`);
    escapedOnly(answered.body);
    escapedOnly((await userBrowser.get(`/inquiry/${number}`)).body);
    escapedOnly((await support.get(`/support?q=${encodeURIComponent(XSS)}`)).body);

    await new ConversationRecords(running.app.repositories).unanswered(XSS, 'out-of-scope', { role: 'facility', at: new Date() });
    escapedOnly((await support.get('/support/unanswered')).body);
  });

  it('pages the inquiry list so an inquiry older than the first page is reachable, with and without a filter', async () => {
    const inquiries = running.app.repositories.collection<InquiryRecord>(INQUIRIES_COLLECTION);
    const at = (minutes: number) => new Date(Date.UTC(2024, 5, 1) + minutes * 60_000).toISOString();
    for (let i = 0; i < 70; i++) {
      await inquiries.insert({ id: `Q240601-${String(1000 + i)}`, status: 'new', category: 'other', question: `過去の問い合わせ ${i}`, email: 'old@example.jp', transcript: [], createdAt: at(i), updatedAt: at(i), replies: [] });
    }
    const oldest = 'Q240101-0001';
    await inquiries.insert({ id: oldest, status: 'new', category: 'facility', question: '最も古い問い合わせ：庁舎の駐輪場', email: 'old@example.jp', transcript: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', replies: [] });

    const support = await signedInSupport();
    const nextLink = (body: string) => {
      const match = /<a href="([^"]+)" rel="next" id="next-page">/.exec(body);
      return match ? unescapeHtml(match[1]) : undefined;
    };
    /** Follows 次のページ from `start` until the page lists the oldest inquiry; returns the pages read. */
    const walk = async (start: string) => {
      let page = await support.get(start);
      const seen = [page];
      while (!page.body.includes(`>${oldest}<`)) {
        const next = nextLink(page.body);
        expect(next).toBeDefined();
        page = await support.get(next!);
        expect(page.status).toBe(200);
        seen.push(page);
      }
      return seen;
    };

    const pages = await walk('/support');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0].body).not.toContain(`>${oldest}<`);
    const last = pages.at(-1)!;
    expect(last.body).toContain('これより古いお問い合わせはありません。');
    expect(last.body).toContain('最新のお問い合わせに戻る');
    // No inquiry shows up on two pages.
    const listed = pages.flatMap((page) => [...page.body.matchAll(/<a href="\/support\/inquiries\/([^"]+)">/g)].map((m) => m[1]));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toContain('Q240601-1000');

    // The status filter pages the same way and keeps itself in the page links.
    const filtered = await walk('/support?status=new');
    expect(nextLink(filtered[0].body)).toContain('status=new');
    // A search reaches it on the first page.
    const searched = await support.get(`/support?q=${encodeURIComponent('駐輪場')}`);
    expect(searched.body).toContain(`>${oldest}<`);
    // A page link that was tampered with shows the newest page and says so.
    const tampered = await support.get(`/support?after=${encodeURIComponent('{"$gt":""}')}`);
    expect(tampered.status).toBe(200);
    expect(tampered.body).toContain('ページの指定が正しくないため');
  });

  it('groups unanswered questions by normalised text, sorts them and exports CSV with a BOM', async () => {
    const records = new ConversationRecords(running.app.repositories);
    const day = (n: number) => new Date(Date.UTC(2025, 5, n, 3));
    await records.unanswered('ログインできない', 'low-confidence', { role: 'facility', at: day(1) });
    await records.unanswered('ﾛｸﾞｲﾝ できない？', 'not-solved', { role: 'municipality', at: day(3) });
    await records.unanswered('ログインできない', 'low-confidence', { role: 'facility', at: day(2) });
    await records.unanswered('=HYPERLINK("http://evil")', 'out-of-scope', { role: 'maker', at: day(5) });

    const support = await signedInSupport();
    const byCount = await support.get('/support/unanswered');
    const rows = [...byCount.body.matchAll(/<tr><td>([^<]*)<\/td><td>(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]);
    expect(rows[0]).toEqual(['ログイン できない?', 3]); // newest wording (as stored, NFKC), all three variants counted
    expect(byCount.body).toContain('<td>市町村 / 医療機関</td><td>確信度が低い / 解決しなかった</td>');

    const byLast = await support.get('/support/unanswered?sort=last&order=desc');
    const lastRows = [...byLast.body.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(lastRows.indexOf('=HYPERLINK(&quot;http://evil&quot;)')).toBeLessThan(lastRows.indexOf('ログイン できない?'));
    const ascending = await support.get('/support/unanswered?sort=count&order=asc');
    const ascRows = [...ascending.body.matchAll(/<tr><td>[^<]*<\/td><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(ascRows).toEqual([...ascRows].sort((a, b) => a - b));

    const csv = await fetch(`${running.url}/support/unanswered.csv`, { headers: { cookie: `vsys_support=${support.cookie('vsys_support')}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('質問,件数,最終日時,ロール,理由');
    expect(lines).toContain('ログイン できない?,3,2025-06-03T03:00:00.000Z,市町村 / 医療機関,確信度が低い / 解決しなかった');
    // A formula is neutralised so a spreadsheet shows it as text.
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://evil"")"`))).toBe(true);
  });
});
