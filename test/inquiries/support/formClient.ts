/** A minimal browser for server-rendered pages: a cookie jar, GET, form POST, hidden fields. */
export interface PageResponse {
  status: number;
  body: string;
  location?: string;
  headers: Headers;
}

export class FormClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string, private readonly extraHeaders: Record<string, string> = {}) {}

  private remember(headers: Headers): void {
    for (const cookie of headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { ...this.extraHeaders, ...(cookie ? { cookie } : {}) };
  }

  async get(path: string): Promise<PageResponse> {
    const response = await fetch(this.baseUrl + path, { headers: this.headers(), redirect: 'manual' });
    this.remember(response.headers);
    return { status: response.status, body: await response.text(), location: response.headers.get('location') ?? undefined, headers: response.headers };
  }

  async post(path: string, fields: Record<string, string>): Promise<PageResponse> {
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    this.remember(response.headers);
    return { status: response.status, body: await response.text(), location: response.headers.get('location') ?? undefined, headers: response.headers };
  }
}

/** Value of a hidden/input field named `name` in a page (first match). */
export function fieldValue(body: string, name: string): string | undefined {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(body);
  return match ? unescapeHtml(match[1]) : undefined;
}

export function textareaValue(body: string, name: string): string | undefined {
  const match = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(body);
  return match ? unescapeHtml(match[1]) : undefined;
}

export function unescapeHtml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}
