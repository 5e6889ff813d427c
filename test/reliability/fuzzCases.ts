/**
 * A seeded generator of hostile HTTP requests for every endpoint of the server: malformed
 * activities, odd Unicode (lone surrogates, RTL marks, zero-width characters, combining marks,
 * emoji ZWJ sequences), huge and empty texts, wrong JSON types in every field, broken JSON, wrong
 * content types, hostile path parameters. The same seed always gives the same cases, so a failure
 * is reproduced by its seed and case number.
 */

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What the case is, for the failure report. */
  label: string;
}

/** Tokens and ids the generator may use so cases get past authentication and reach the handlers. */
export interface FuzzContext {
  directLineToken: string;
  conversationId: string;
  userToken: string;
  /** OpenAPI paths of the core API with their methods, e.g. ["post", "/demands"]. */
  corePaths: Array<[string, string]>;
  /** serviceUrl for /api/messages: a loopback receiver, so the bot's replies never leave the machine. */
  serviceUrl: string;
}

/** mulberry32: small, fast, good enough to pick cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ODD_STRINGS = [
  '',
  ' ',
  '\u3000',
  '\n\n\n',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'a\ud83dz', // broken pair in the middle
  '\u202e希望量を登録\u202c', // right-to-left override
  'مرحبا بالعالم', // RTL script
  '\u200b\u200c\u200d\ufeff', // zero-width characters only
  '希\u200b望\u200d量',
  'ｷﾎﾞｳﾘｮｳ',
  'か\u3099き\u3099', // combining dakuten
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̷̢̛̛͓̩͍̞̪͔̓̈́̃͑a̸̛͖̹͇͙͒̃͛l̶̡̗̈́g̵̢̦͝o̴̖̅',
  '👨‍👩‍👧‍👦🏳️‍🌈👩🏽‍⚕️',
  '\u0000',
  '\u0007\u001b[31m',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE users; --",
  '{"$gt": ""}',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${jndi:ldap://127.0.0.1/a}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '令和元年13月32日',
  '希望量を登録したい',
  'ヘルプ',
  'キャンセル',
  '担当者',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

export function oddString(random: () => number): string {
  const roll = random();
  if (roll < 0.04) return 'あ'.repeat(20_000 + Math.floor(random() * 2000)); // around the text limit
  if (roll < 0.06) return 'x'.repeat(300_000); // past the Direct Line body limit
  if (roll < 0.5) return pick(random, ODD_STRINGS);
  // A random mix of code units, including surrogates and controls.
  const length = Math.floor(random() * 40);
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(Math.floor(random() * 0x10000));
  return text;
}

/** A value of any JSON type (and some that are not what the field expects). */
export function oddValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (roll < 0.3) return oddString(random);
  if (roll < 0.4) return pick(random, [0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, Number.MIN_VALUE]);
  if (roll < 0.47) return pick(random, [true, false]);
  if (roll < 0.55) return null;
  if (roll < 0.7 && depth < 3) return Array.from({ length: Math.floor(random() * 4) }, () => oddValue(random, depth + 1));
  if (depth < 3) {
    const object: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 4); i > 0; i--) object[pick(random, ['type', 'text', 'id', '__proto__', '$where', 'a.b', '', oddString(random)])] = oddValue(random, depth + 1);
    return object;
  }
  return {};
}

const ACTIVITY_FIELDS = ['type', 'id', 'text', 'textFormat', 'locale', 'name', 'value', 'channelData', 'entities', 'attachments', 'from', 'conversation', 'recipient', 'serviceUrl', 'channelId', 'timestamp', 'localTimestamp', 'localTimezone', 'replyToId', 'membersAdded', 'suggestedActions'];

/** A plausible message activity with one to three fields replaced by odd values or removed. */
function mutatedActivity(random: () => number, context: FuzzContext, forMessagesEndpoint: boolean): Record<string, unknown> {
  const activity: Record<string, unknown> = {
    type: pick(random, ['message', 'message', 'event', 'typing', 'conversationUpdate', 'invoke', 'messageReaction', 'endOfConversation', 'installationUpdate']),
    text: oddString(random),
    locale: 'ja-JP',
    from: { id: `fuzz-user-${Math.floor(random() * 5)}` },
  };
  if (activity.type === 'event') activity.name = pick(random, ['ping', 'webchat/join', oddString(random)]);
  if (activity.type === 'conversationUpdate') activity.membersAdded = [{ id: 'fuzz-user' }];
  if (forMessagesEndpoint) {
    Object.assign(activity, {
      id: `fuzz-${Math.floor(random() * 1e9)}`,
      channelId: pick(random, ['emulator', 'msteams', 'directline', 'webchat', oddString(random)]),
      serviceUrl: context.serviceUrl,
      conversation: { id: `fuzz-conv-${Math.floor(random() * 20)}` },
      recipient: { id: 'bot' },
    });
  }
  for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
    const field = pick(random, ACTIVITY_FIELDS);
    // The serviceUrl stays on loopback: replies must never leave the machine.
    if (field === 'serviceUrl') continue;
    if (random() < 0.2) delete activity[field];
    else activity[field] = oddValue(random);
  }
  return activity;
}

function jsonRequest(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Omit<FuzzRequest, 'label'> {
  return { method, path, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A broken body or content type in place of a good one (the same for every endpoint). */
function brokenBody(random: () => number): { headers: Record<string, string>; body?: string | Buffer; what: string } {
  const options: Array<() => { headers: Record<string, string>; body?: string | Buffer; what: string }> = [
    () => ({ headers: { 'Content-Type': 'application/json' }, body: '{"type": "message", "text": ', what: 'truncated json' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: '', what: 'empty json body' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: 'null', what: 'json null' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: '[[[[[[[[[[]]]]]]]]]]', what: 'json array' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: '['.repeat(5000) + ']'.repeat(5000), what: 'deep nesting' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]), what: 'invalid utf-8' }),
    () => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }), what: 'over 1 MB' }),
    () => ({ headers: { 'Content-Type': 'text/plain' }, body: 'hello', what: 'text/plain' }),
    () => ({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=%ZZ&__proto__[x]=1', what: 'form with bad escape' }),
    () => ({ headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken', what: 'broken multipart' }),
    () => ({ headers: { 'Content-Type': 'application/json; charset=shift_jis' }, body: '{"a":1}', what: 'odd charset' }),
    () => ({ headers: { 'Content-Type': oddString(random).replace(/[^\x20-\x7e]/g, '') || 'x/y' }, body: '{}', what: 'odd content type' }),
    () => ({ headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: 'not gzip', what: 'bad gzip' }),
  ];
  return pick(random, options)();
}

/** Percent-encodes anything, lone surrogates included (as the bytes of a broken UTF-8 sequence). */
function encodeOdd(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}

function oddPathSegment(random: () => number): string {
  return encodeOdd(pick(random, ['fac-chiyoda-a', 'cool-6', 'R305', '1', oddString(random).slice(0, 200), '..', '%2e%2e', '']));
}

function oddQuery(random: () => number): string {
  if (random() < 0.5) return '';
  const key = pick(random, ['watermark', 'q', 'vaccineCode', 'status', 'page', 'type', 'sort', 'month']);
  const value = oddValue(random);
  return `?${key}=${encodeOdd(typeof value === "object" && value !== null ? JSON.stringify(value) : String(value))}${random() < 0.3 ? `&${key}=2` : ''}`;
}

type Endpoint = (random: () => number, context: FuzzContext) => Omit<FuzzRequest, 'label'>;

const dl = (context: FuzzContext) => `/v3/directline/conversations/${encodeURIComponent(context.conversationId)}`;
const auth = (random: () => number, context: FuzzContext): Record<string, string> =>
  pick<Record<string, string>>(random, [
    { Authorization: `Bearer ${context.directLineToken}` },
    { Authorization: `Bearer ${context.directLineToken}` },
    { Authorization: `Bearer ${context.userToken}` },
    { Authorization: 'Bearer ' },
    { Authorization: `Bearer ${context.directLineToken.slice(0, -3)}abc` },
    { Authorization: 'Basic Zm9vOmJhcg==' },
    {},
  ]);

const ENDPOINTS: Record<string, Endpoint> = {
  'POST /api/messages': (random, context) => jsonRequest('POST', '/api/messages', random() < 0.8 ? mutatedActivity(random, context, true) : oddValue(random)),
  'POST /api/directline/token': (random) =>
    jsonRequest('POST', '/api/directline/token', pick(random, [{ demoUser: oddValue(random) }, { demoUser: 'demo-facility', extra: oddValue(random) }, oddValue(random)])),
  'GET /api/demo/users': (random) => ({ method: 'GET', path: `/api/demo/users${oddQuery(random)}`, headers: {} }),
  'POST /v3/directline/tokens/refresh': (random, context) => ({ method: 'POST', path: '/v3/directline/tokens/refresh', headers: auth(random, context) }),
  'POST /v3/directline/conversations': (random, context) => jsonRequest('POST', '/v3/directline/conversations', oddValue(random), auth(random, context)),
  'GET /v3/directline/conversations/:id': (random, context) => ({
    method: 'GET',
    path: `${random() < 0.7 ? dl(context) : `/v3/directline/conversations/${oddPathSegment(random)}`}${oddQuery(random)}`,
    headers: auth(random, context),
  }),
  'POST /v3/directline/conversations/:id/activities': (random, context) =>
    jsonRequest('POST', `${dl(context)}/activities`, random() < 0.85 ? mutatedActivity(random, context, false) : oddValue(random), auth(random, context)),
  'GET /v3/directline/conversations/:id/activities': (random, context) => ({ method: 'GET', path: `${dl(context)}/activities${oddQuery(random)}`, headers: auth(random, context) }),
  'POST /v3/directline/conversations/:id/upload': (random, context) => ({ method: 'POST', path: `${dl(context)}/upload`, headers: auth(random, context), body: 'file' }),
  'core API': (random, context) => {
    const [method, template] = pick(random, context.corePaths);
    const path = `/core/v1${template.replace(/\{[^}]+\}/g, () => oddPathSegment(random))}${oddQuery(random)}`;
    const headers: Record<string, string> = random() < 0.8 ? { Authorization: `Bearer ${context.userToken}` } : auth(random, context);
    if (random() < 0.7) headers['Idempotency-Key'] = random() < 0.8 ? `fuzz-${Math.floor(random() * 1e9)}` : oddString(random).replace(/[^\x20-\x7e]/g, '').slice(0, 300);
    const verb = random() < 0.9 ? method.toUpperCase() : pick(random, ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    return verb === 'GET' || verb === 'DELETE' ? { method: verb, path, headers } : { ...jsonRequest(verb, path, oddValue(random)), headers: { ...headers, 'Content-Type': 'application/json' } };
  },
  'GET /inquiry': (random) => ({ method: 'GET', path: `/inquiry${oddQuery(random)}${random() < 0.5 ? `&t=${encodeOdd(oddString(random))}` : ''}`, headers: {} }),
  'POST /inquiry': (random) => ({
    method: 'POST',
    path: '/inquiry',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(random() < 0.5 ? { Cookie: `csrf=${encodeOdd(oddString(random))}` } : {}) },
    body: new URLSearchParams({ question: oddString(random), name: oddString(random), email: oddString(random), csrf: oddString(random), t: oddString(random) }).toString(),
  }),
  'GET /inquiry/:number': (random) => ({ method: 'GET', path: `/inquiry/${oddPathSegment(random)}${oddQuery(random)}`, headers: {} }),
  'support console': (random) => {
    const paths = ['/support', '/support/login', '/support/unanswered', '/support/unanswered.csv', `/support/inquiries/${oddPathSegment(random)}`];
    const posts = ['/support/login', '/support/logout', `/support/inquiries/${oddPathSegment(random)}/reply`, `/support/inquiries/${oddPathSegment(random)}/status`, `/support/inquiries/${oddPathSegment(random)}/faq`];
    const cookie: Record<string, string> = random() < 0.5 ? { Cookie: `vsys_support=${encodeOdd(oddString(random))}` } : {};
    if (random() < 0.5) return { method: 'GET', path: `${pick(random, paths)}${oddQuery(random)}`, headers: cookie };
    return {
      method: 'POST',
      path: pick(random, posts),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...cookie },
      body: new URLSearchParams({ user: oddString(random), text: oddString(random), status: oddString(random), csrf: oddString(random) }).toString(),
    };
  },
  'GET /knowledge': (random) => ({ method: 'GET', path: `/knowledge${random() < 0.5 ? `/${oddPathSegment(random)}` : ''}${oddQuery(random)}`, headers: {} }),
  'GET /healthz /readyz /': (random) => ({ method: pick(random, ['GET', 'HEAD', 'POST', 'OPTIONS']), path: pick(random, ['/healthz', '/readyz', '/', '/index.html', `/${oddPathSegment(random)}`]), headers: {} }),
};

export const ENDPOINT_NAMES = Object.keys(ENDPOINTS);

/** Case `index` of the run seeded with `seed`: endpoints in turn, one in ten with a broken body. */
export function fuzzCase(seed: number, index: number, context: FuzzContext): FuzzRequest {
  const random = seededRandom(seed * 1_000_003 + index);
  const name = ENDPOINT_NAMES[index % ENDPOINT_NAMES.length];
  const request = ENDPOINTS[name](random, context);
  let what = 'mutated fields';
  if (request.method !== 'GET' && random() < 0.12) {
    const broken = brokenBody(random);
    request.headers = { ...request.headers, ...broken.headers };
    request.body = broken.body;
    what = broken.what;
  }
  return { ...request, label: `seed ${seed} case ${index}: ${name} (${what})` };
}
