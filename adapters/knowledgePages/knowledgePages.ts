/**
 * /knowledge: browse and search the same content the assistant answers from (including FAQ
 * entries added from the support console, which are in the live index). Markdown goes through the
 * knowledge engine's safe renderer (raw HTML shown as text); everything else is escaped.
 */
import type { Request, Response, Server } from 'restify';
import type { ContentType, KnowledgeBase, KnowledgeSection } from '../../dialogs/ports/knowledgeBase';
import { html, page, trusted, type SafeHtml } from '../inquiries/html';
import { sendHtml } from '../inquiries/responses';
import * as text from './messages';

export interface BrowsableKnowledge extends KnowledgeBase {
  /** Every indexed section, in load order. */
  sections(): KnowledgeSection[];
}

export interface KnowledgePageDependencies {
  knowledgeBase: BrowsableKnowledge;
  /** Safe markdown -> HTML (knowledge/markdown.ts renderMarkdown). */
  renderMarkdown(markdown: string): string;
}

const TYPES: ContentType[] = ['manual', 'faq', 'video', 'notice'];
const SEARCH_LIMIT = 10;
const MAX_QUERY = 200;

function documentTitle(section: KnowledgeSection): string {
  return section.title.split(/\s*>\s*/)[0] || section.title;
}

function anchorOf(section: KnowledgeSection): string | undefined {
  const hash = section.id.indexOf('#');
  return hash >= 0 ? section.id.slice(hash + 1) : undefined;
}

function documents(sections: KnowledgeSection[]): Map<string, KnowledgeSection[]> {
  const byDocument = new Map<string, KnowledgeSection[]>();
  for (const section of sections) {
    const list = byDocument.get(section.documentId) ?? [];
    list.push(section);
    byDocument.set(section.documentId, list);
  }
  return byDocument;
}

function documentLink(section: KnowledgeSection): SafeHtml {
  const anchor = anchorOf(section);
  return html`<a href="/knowledge/${encodeURIComponent(section.documentId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}">${section.title}</a>`;
}

export function registerKnowledgePages(server: Server, deps: KnowledgePageDependencies): void {
  server.get('/knowledge', async (req: Request, res: Response) => {
    const query = typeof req.query?.q === 'string' ? req.query.q.trim().slice(0, MAX_QUERY) : '';
    let results: SafeHtml = html``;
    if (query) {
      const found = await deps.knowledgeBase.search(query, { limit: SEARCH_LIMIT });
      results = html`<h2>${text.searchResultsHeading(query)}</h2>${found.hits.length === 0
        ? html`<p>${text.NO_RESULTS}</p>`
        : html`<ol id="search-results">${found.hits.map((hit) => html`<li>${documentLink(hit.section)}<span class="hint">（${text.TYPE_HEADINGS[hit.section.type]}）</span></li>`)}</ol>`}`;
    }
    const byDocument = documents(deps.knowledgeBase.sections());
    const lists = TYPES.map((type) => {
      const docs = [...byDocument.values()].filter((sections) => sections[0].type === type);
      if (docs.length === 0) return html``;
      docs.sort((a, b) => documentTitle(a[0]).localeCompare(documentTitle(b[0]), 'ja'));
      return html`<section class="card"><h2>${text.TYPE_HEADINGS[type]}</h2><ul>${docs.map(
        (sections) => html`<li><a href="/knowledge/${encodeURIComponent(sections[0].documentId)}">${documentTitle(sections[0])}</a></li>`,
      )}</ul></section>`;
    });
    const body = html`<p>${text.INDEX_LEAD}</p>
<form method="get" action="/knowledge" class="card"><label for="q">${text.SEARCH_LABEL}</label>
<input type="search" id="q" name="q" value="${query}"><button type="submit">${text.SEARCH_BUTTON}</button></form>
${results}${lists}`;
    sendHtml(res, 200, page(text.INDEX_TITLE, body));
  });

  server.get('/knowledge/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '');
    const sections = deps.knowledgeBase.sections().filter((section) => section.documentId === id);
    if (sections.length === 0) {
      return sendHtml(res, 404, page(text.NOT_FOUND_TITLE, html`<p>${text.NOT_FOUND_TEXT}</p><p><a href="/knowledge">${text.BACK_TO_INDEX}</a></p>`));
    }
    const external = (url?: string) => (url && /^https?:\/\//i.test(url) ? url : undefined);
    const body = html`<p><a href="/knowledge">${text.BACK_TO_INDEX}</a>　<span class="hint">${text.TYPE_HEADINGS[sections[0].type]}${sections[0].updated ? `（${sections[0].updated}）` : ''}</span></p>
${sections.map((section) => {
      const anchor = anchorOf(section);
      const heading = sections.length > 1 || anchor ? section.title.split(/\s*>\s*/).slice(1).join(' > ') || section.title : '';
      const source = external(section.source.url);
      return html`<section class="card"${anchor ? html` id="${anchor}"` : ''}>
${heading ? html`<h2>${heading}</h2>` : ''}
${trusted(deps.renderMarkdown(section.text))}
${source ? html`<p><a href="${source}" target="_blank" rel="noopener noreferrer">${text.OPEN_SOURCE}</a>（${section.source.label}）</p>` : ''}
</section>`;
    })}`;
    sendHtml(res, 200, page(documentTitle(sections[0]), body));
  });
}
