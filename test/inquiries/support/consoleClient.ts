/** A support staff member's browser on the console, and the HTML-injection payload every page must show as text. */
import { FormClient, fieldValue } from './formClient';

export const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>'"&`;
export const ESCAPED_XSS = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&quot;&amp;';

/** The page shows the XSS payload, and only as escaped text. */
export function escapedOnly(body: string): void {
  expect(body).not.toContain('<script>alert');
  expect(body).not.toContain('<img src=x');
  expect(body).toContain(ESCAPED_XSS);
}

/** Signs the demo support user in (demo mode) and returns the browser holding the session. */
export async function signedInSupport(baseUrl: string): Promise<FormClient> {
  const client = new FormClient(baseUrl);
  const login = await client.get('/support/login');
  expect(login.body).toContain('V-SYSサポートデスク としてサインイン');
  const done = await client.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-support' });
  expect(done.status).toBe(303);
  expect(done.location).toBe('/support');
  return client;
}
