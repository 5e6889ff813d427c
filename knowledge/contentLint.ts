/**
 * Content lint (issue 5): every rule a writer can break without noticing. Returns English
 * problems, `<file>: <what is wrong>`; an empty list means the content is clean.
 */
import { readContent } from './contentLoader';
import { knowledgeLinkTargets } from './markdown';

export const MIN_FAQ_QUESTIONS = 3;

export async function lintContent(contentDir: string): Promise<string[]> {
  const { documents, problems } = await readContent(contentDir);

  const documentIds = new Map<string, string>();
  const unitIds = new Set<string>();
  for (const document of documents) {
    const { id } = document.frontMatter;
    const previous = documentIds.get(id);
    if (previous) problems.push(`${document.file}: id "${id}" is already used by ${previous}`);
    else documentIds.set(id, document.file);
    for (const section of document.sections) {
      if (unitIds.has(section.id) && !previous) problems.push(`${document.file}: section id "${section.id}" appears twice (two headings with the same text?)`);
      unitIds.add(section.id);
    }
    for (const unit of document.emptyUnits) unitIds.add(unit);
  }
  const resolves = (target: string): boolean => documentIds.has(target) || unitIds.has(target);

  for (const document of documents) {
    const { frontMatter, file } = document;
    for (const unit of document.emptyUnits) problems.push(`${file}: section "${unit}" has no text`);
    if (!document.sections.length && !document.emptyUnits.length) problems.push(`${file}: document has no content`);
    if (frontMatter.type === 'faq' && frontMatter.questions.length < MIN_FAQ_QUESTIONS) {
      problems.push(`${file}: a FAQ needs at least ${MIN_FAQ_QUESTIONS} alternate questions (has ${frontMatter.questions.length})`);
    }
    for (const target of frontMatter.related) {
      if (!resolves(target)) problems.push(`${file}: related id "${target}" does not exist`);
    }
    const texts = [document.body, ...frontMatter.chapters.map((chapter) => chapter.summary)];
    for (const target of texts.flatMap(knowledgeLinkTargets)) {
      if (!resolves(target)) problems.push(`${file}: link kb:${target} does not resolve`);
    }
    for (const slug of Object.keys(frontMatter.sectionQuestions)) {
      if (!unitIds.has(`${frontMatter.id}#${slug}`)) problems.push(`${file}: sections.${slug} matches no "##" heading`);
    }
  }
  return problems;
}
