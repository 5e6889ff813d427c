/**
 * Reads knowledge/content/ (see FORMAT.md) into answer units: manual `##` sections, FAQ entries,
 * video chapters and notices. A broken file is reported as a problem and skipped, never fatal.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeSection } from '../dialogs/ports/knowledgeBase';
import { parseDocument, type FrontMatter } from './frontMatter';

export interface LoadedDocument {
  file: string;
  frontMatter: FrontMatter;
  body: string;
  sections: KnowledgeSection[];
  /** Units whose text is empty (kept out of `sections`). */
  emptyUnits: string[];
}

export interface ContentReadResult {
  documents: LoadedDocument[];
  problems: string[];
}

/** Slug of a heading: NFKC, whitespace and punctuation replaced by `-`. */
export function slugify(heading: string): string {
  return heading
    .normalize('NFKC')
    .trim()
    .replace(/[\s\p{P}\p{S}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function formatStart(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}

interface HeadingBlock {
  heading?: string;
  text: string;
}

/** Splits markdown at `##` headings (not `###`, not inside code fences). */
export function splitAtHeadings(body: string): HeadingBlock[] {
  const blocks: HeadingBlock[] = [{ text: '' }];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) fence = fence === fenceMatch[1] ? undefined : (fence ?? fenceMatch[1]);
    const heading = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) blocks.push({ heading: heading[1], text: '' });
    else blocks[blocks.length - 1].text += `${line}\n`;
  }
  return blocks.map((block) => ({ ...block, text: block.text.trim() }));
}

function documentUrl(frontMatter: FrontMatter): string {
  return frontMatter.url ?? `/knowledge/${frontMatter.id}`;
}

function buildSections(frontMatter: FrontMatter, body: string): { sections: KnowledgeSection[]; emptyUnits: string[] } {
  const { id, title, type, roles, related, updated } = frontMatter;
  const base = { documentId: id, type, roles, related, updated };
  const sections: KnowledgeSection[] = [];
  const emptyUnits: string[] = [];
  const push = (section: KnowledgeSection): void => {
    if (section.text.trim()) sections.push(section);
    else emptyUnits.push(section.id);
  };

  switch (type) {
    case 'manual': {
      const blocks = splitAtHeadings(body);
      blocks.forEach((block, i) => {
        if (!block.heading) {
          if (block.text) push({ ...base, id, title, text: block.text, questions: frontMatter.questions, source: { type, label: `操作マニュアル「${title}」`, url: documentUrl(frontMatter) } });
          return;
        }
        const slug = slugify(block.heading);
        const documentQuestions = i === 1 && !blocks[0].text ? frontMatter.questions : [];
        push({
          ...base,
          id: `${id}#${slug}`,
          title: `${title} > ${block.heading}`,
          text: block.text,
          questions: [...documentQuestions, ...(frontMatter.sectionQuestions[slug] ?? [])],
          source: { type, label: `操作マニュアル「${title}」> ${block.heading}`, url: `${documentUrl(frontMatter)}#${encodeURIComponent(slug)}` },
        });
      });
      break;
    }
    case 'faq':
      push({ ...base, id, title, text: body.trim(), questions: frontMatter.questions, source: { type, label: `よくある質問「${title}」`, url: documentUrl(frontMatter) } });
      break;
    case 'video':
      frontMatter.chapters.forEach((chapter, i) => {
        const start = formatStart(chapter.startSeconds);
        push({
          ...base,
          id: `${id}#${i + 1}`,
          title: `${title} > ${chapter.title}`,
          text: chapter.summary,
          questions: i === 0 ? frontMatter.questions : [],
          source: { type, label: `動画マニュアル『${title}』 ${start}から`, url: `${documentUrl(frontMatter)}#t=${chapter.startSeconds}`, startSeconds: chapter.startSeconds },
        });
      });
      break;
    case 'notice':
      push({ ...base, id, title, text: body.trim(), questions: frontMatter.questions, source: { type, label: `お知らせ（${updated}）`, url: documentUrl(frontMatter) } });
      break;
  }
  return { sections, emptyUnits };
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.isFile() && entry.name.endsWith('.md') ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

/** Every document with its units; FORMAT.md and README.md at the top are documentation, not content. */
export async function readContent(contentDir: string): Promise<ContentReadResult> {
  const problems: string[] = [];
  let files: string[];
  try {
    files = await markdownFiles(contentDir);
  } catch (error) {
    return { documents: [], problems: [`content folder ${contentDir} cannot be read: ${(error as Error).message}`] };
  }
  const documents: LoadedDocument[] = [];
  for (const file of files) {
    const relative = path.relative(contentDir, file);
    if (/^(FORMAT|README)\.md$/i.test(relative)) continue;
    const source = await fs.readFile(file, 'utf8');
    const parsed = parseDocument(source);
    problems.push(...parsed.problems.map((problem) => `${relative}: ${problem}`));
    if (!parsed.document) continue;
    const { frontMatter, body } = parsed.document;
    documents.push({ file: relative, frontMatter, body, ...buildSections(frontMatter, body) });
  }
  return { documents, problems };
}

/** Answer units of every valid document (duplicate ids: the first one wins, the rest are problems). */
export async function loadContent(contentDir: string): Promise<{ sections: KnowledgeSection[]; problems: string[] }> {
  const { documents, problems } = await readContent(contentDir);
  const seen = new Set<string>();
  const sections: KnowledgeSection[] = [];
  for (const document of documents) {
    for (const section of document.sections) {
      if (seen.has(section.id)) {
        problems.push(`${document.file}: duplicate id ${section.id}`);
        continue;
      }
      seen.add(section.id);
      sections.push(section);
    }
  }
  return { sections, problems };
}
