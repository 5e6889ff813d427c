/**
 * Answer text goes to channels that render markdown (Web Chat, Teams). Content is written by
 * people and, through "FAQにする", partly by support staff from user input, so it is treated as
 * untrusted: HTML never passes (tags are removed, stray angle brackets shown as text) and links
 * keep only http(s), site-relative and knowledge (`kb:`) targets.
 */

const MAX_ANSWER_CHARS = 1800;

export interface SafeMarkdownOptions {
  /** Base for site-relative links (`/knowledge/...`), e.g. https://assistant.example.jp */
  linkBase?: string;
  /** Appended when the text had to be shortened. */
  truncatedNote?: string;
}

export function resolveLink(url: string, linkBase?: string): string | undefined {
  const trimmed = url.trim();
  if (/^kb:/i.test(trimmed)) return resolveLink(`/knowledge/${trimmed.slice(3).replace(/^\/+/, '')}`, linkBase);
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return linkBase ? `${linkBase.replace(/\/+$/, '')}${trimmed}` : trimmed;
  return undefined;
}

export function safeMarkdown(markdown: string, options: SafeMarkdownOptions = {}): string {
  let text = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/</g, '＜')
    .replace(/>/g, (match, offset: number, whole: string) => (isQuoteMarker(whole, offset) ? match : '＞'));
  // [label](target): keep the label, drop the link when the target is not safe.
  text = text.replace(/\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)/g, (_match, label: string, target: string) => {
    const url = resolveLink(target, options.linkBase);
    return url ? `[${label}](${url})` : label;
  });
  if (text.length > MAX_ANSWER_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_ANSWER_CHARS);
    text = text.slice(0, cut > MAX_ANSWER_CHARS / 2 ? cut : MAX_ANSWER_CHARS).trimEnd();
    if (options.truncatedNote) text += `\n\n${options.truncatedNote}`;
  }
  return text.trim();
}

/** `>` at the start of a line is a markdown quote, not HTML. */
function isQuoteMarker(whole: string, offset: number): boolean {
  const lineStart = whole.lastIndexOf('\n', offset - 1) + 1;
  return whole.slice(lineStart, offset).trim() === '';
}
