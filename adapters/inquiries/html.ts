/**
 * Server-rendered pages of the inquiry form and the support console: one escape helper that every
 * value goes through, a tagged template that escapes its interpolations unless they are already
 * marked safe, and the shared page frame with a strict Content-Security-Policy.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text -> HTML text/attribute content. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

/** HTML that has already been escaped or built from escaped parts. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = SafeHtml | string | number | undefined | null | false | Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof SafeHtml) return part.html;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(part);
}

/** Template tag: every interpolated value is escaped unless it is SafeHtml (or an array of them). */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1];
  });
  return new SafeHtml(out);
}

/** Trusted HTML produced elsewhere (e.g. the knowledge engine's safe markdown renderer). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Inline styles only (no scripts anywhere on these pages). */
const STYLE = `
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",sans-serif;margin:0;background:#f5f7fa;color:#1f2933;line-height:1.6}
header{background:#1d4e89;color:#fff;padding:.6rem 1.2rem;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff}
main{max-width:60rem;margin:1.2rem auto;padding:0 1rem}
.card{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:1rem 1.2rem;margin-bottom:1rem}
label{display:block;font-weight:bold;margin-top:.8rem}
input[type=text],input[type=email],input[type=tel],input[type=search],select,textarea{width:100%;box-sizing:border-box;padding:.45rem;border:1px solid #9fb3c8;border-radius:4px;font:inherit}
textarea{min-height:8rem}
.field-error input,.field-error select,.field-error textarea{border-color:#c62828;background:#fff5f5}
.error{color:#c62828;margin:.2rem 0}
.errors{border:2px solid #c62828;background:#fff5f5;padding:.6rem 1rem;border-radius:6px}
.notice{border:1px solid #1d4e89;background:#eef4fb;padding:.6rem 1rem;border-radius:6px}
button{background:#1d4e89;color:#fff;border:0;border-radius:4px;padding:.5rem 1.2rem;font:inherit;cursor:pointer;margin-top:.8rem}
button.secondary{background:#52606d}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d9e2ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7}
.status{display:inline-block;padding:0 .5rem;border-radius:3px;font-size:.9em}
.status-new{background:#fde68a}.status-in-progress{background:#bfdbfe}.status-answered{background:#bbf7d0}
.transcript{list-style:none;padding:0}.transcript li{margin:.3rem 0;white-space:pre-wrap}
.from-user{color:#1d4e89}.from-bot{color:#52606d}
.reply{white-space:pre-wrap;border-left:4px solid #1d4e89;padding-left:.8rem}
.hint{color:#52606d;font-size:.9em}
nav a{margin-right:1rem}
`;

export const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function page(title: string, body: SafeHtml, headerRight?: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} | V-SYS サポート</title><style>${trusted(STYLE)}</style></head>
<body><header><strong>V-SYS サポート</strong>${headerRight}</header><main>
<h1>${title}</h1>
${body}
</main></body></html>`.html;
}
