/**
 * Front matter of one content file: parsed with YAML's core schema (dates stay strings) and
 * checked field by field, so a broken file yields readable problems instead of a crash.
 */
import yaml from 'js-yaml';
import type { ContentType } from '../dialogs/ports/knowledgeBase';
import type { Role } from '../dialogs/ports/identity';

export const CONTENT_TYPES: readonly ContentType[] = ['manual', 'faq', 'video', 'notice'];
/** Roles content may be written for (support staff see everything anyway). */
export const CONTENT_ROLES: readonly Role[] = ['prefecture', 'municipality', 'facility', 'maker'];
export const ID_PATTERN = /^[a-z0-9-]+$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface VideoChapter {
  title: string;
  startSeconds: number;
  summary: string;
}

export interface FrontMatter {
  id: string;
  title: string;
  type: ContentType;
  roles: Role[];
  questions: string[];
  related: string[];
  url?: string;
  updated: string;
  chapters: VideoChapter[];
  /** manual: heading slug -> alternate questions of that section */
  sectionQuestions: Record<string, string[]>;
}

export interface ParsedDocument {
  frontMatter: FrontMatter;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** "m:ss", "h:mm:ss" or a number of seconds -> seconds; undefined when unreadable. */
export function parseStartTime(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== 'string' || !/^\d+(:\d{1,2}){0,2}$/.test(value.trim())) return undefined;
  return value
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || typeof item === 'number')) return undefined;
  return value.map((item) => String(item).trim()).filter(Boolean);
}

/** Parses one file; problems are English, prefixed with the file name by the caller. */
export function parseDocument(source: string): { document?: ParsedDocument; problems: string[] } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { problems: ['no front matter (the file must start with a --- block)'] };
  let data: unknown;
  try {
    data = yaml.load(match[1], { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    return { problems: [`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problems: ['front matter is not a mapping'] };
  const fields = data as Record<string, unknown>;
  const problems: string[] = [];

  const id = typeof fields.id === 'string' ? fields.id.trim() : '';
  if (!ID_PATTERN.test(id)) problems.push(`id must match [a-z0-9-]+ (got ${JSON.stringify(fields.id)})`);
  const title = typeof fields.title === 'string' ? fields.title.trim() : '';
  if (!title) problems.push('title is missing');
  const type = fields.type as ContentType;
  if (!CONTENT_TYPES.includes(type)) problems.push(`type must be one of ${CONTENT_TYPES.join(', ')} (got ${JSON.stringify(fields.type)})`);
  const roles = stringList(fields.roles);
  if (fields.roles === undefined) problems.push('roles is missing (use [] for everyone)');
  else if (!roles) problems.push('roles must be a list');
  else for (const role of roles) if (!CONTENT_ROLES.includes(role as Role)) problems.push(`unknown role "${role}" (allowed: ${CONTENT_ROLES.join(', ')})`);
  const questions = stringList(fields.questions);
  if (!questions) problems.push('questions must be a list of strings');
  const related = stringList(fields.related);
  if (!related) problems.push('related must be a list of ids');
  const url = typeof fields.url === 'string' && fields.url.trim() ? fields.url.trim() : undefined;
  if (fields.url !== undefined && !url) problems.push('url must be a non-empty string');
  const updated = typeof fields.updated === 'string' ? fields.updated.trim() : '';
  if (!DATE_PATTERN.test(updated) || Number.isNaN(Date.parse(updated))) problems.push(`updated must be a date YYYY-MM-DD (got ${JSON.stringify(fields.updated)})`);

  const chapters: VideoChapter[] = [];
  if (fields.chapters !== undefined) {
    if (!Array.isArray(fields.chapters)) problems.push('chapters must be a list');
    else
      fields.chapters.forEach((chapter: unknown, i) => {
        const c = (chapter ?? {}) as Record<string, unknown>;
        const startSeconds = parseStartTime(c.start);
        const chapterTitle = typeof c.title === 'string' ? c.title.trim() : '';
        const summary = typeof c.summary === 'string' ? c.summary.trim() : '';
        if (!chapterTitle || startSeconds === undefined) problems.push(`chapter ${i + 1} needs a title and a start "m:ss"`);
        else chapters.push({ title: chapterTitle, startSeconds, summary });
      });
  }
  if (type === 'video' && !chapters.length && !problems.some((p) => p.startsWith('chapter'))) problems.push('a video needs chapters');

  const sectionQuestions: Record<string, string[]> = {};
  if (fields.sections !== undefined) {
    if (!fields.sections || typeof fields.sections !== 'object' || Array.isArray(fields.sections)) problems.push('sections must be a mapping from heading slug to { questions }');
    else
      for (const [slug, value] of Object.entries(fields.sections as Record<string, unknown>)) {
        const list = stringList((value as Record<string, unknown> | null)?.questions);
        if (!list) problems.push(`sections.${slug}.questions must be a list of strings`);
        else sectionQuestions[slug.normalize('NFKC')] = list;
      }
  }

  if (problems.length) return { problems };
  return {
    document: {
      frontMatter: {
        id,
        title,
        type,
        roles: (roles ?? []) as Role[],
        questions: questions ?? [],
        related: related ?? [],
        url,
        updated,
        chapters,
        sectionQuestions,
      },
      body: source.slice(match[0].length),
    },
    problems,
  };
}
