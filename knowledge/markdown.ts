/**
 * Safe markdown rendering for answers, cards and the /knowledge pages: raw HTML is shown as
 * text, only http(s), mailto, site-relative and kb: links survive, and kb:<id>[#<slug>] becomes
 * /knowledge/<id>[#<slug>].
 */
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** kb:<id> or kb:<id>#<slug> -> site path of the knowledge page. */
export function knowledgeLinkPath(target: string): string {
  const [id, slug] = target.replace(/^kb:/i, '').split('#', 2);
  return `/knowledge/${encodeURIComponent(id)}${slug ? `#${encodeURIComponent(slug)}` : ''}`;
}

type Renderer = ReturnType<typeof MarkdownIt>;

function createRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: true });
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url: string): string => (/^kb:/i.test(url) ? knowledgeLinkPath(url.trim()) : normalizeLink(url));
  md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet('href') ?? '');
    if (/^https?:\/\//i.test(href)) {
      tokens[idx].attrSet('target', '_blank');
      tokens[idx].attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let renderer: Renderer | undefined;

/** Markdown -> HTML that is safe to put in a page. */
export function renderMarkdown(text: string): string {
  renderer ??= createRenderer();
  return renderer.render(text);
}

/** kb: link targets in a markdown text (for the content lint). */
export function knowledgeLinkTargets(text: string): string[] {
  return [...text.matchAll(/\]\(\s*kb:([^)\s]+)\s*\)/gi)].map((match) => match[1]);
}
