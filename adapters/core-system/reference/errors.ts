/**
 * A refused or invalid operation: becomes problem+json with a stable type, an English title and a
 * Japanese detail the assistant shows as is.
 */
export class CoreRuleError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(`${title}: ${detail}`);
    this.name = 'CoreRuleError';
  }
}

export const forbidden = (type: string, title: string, detail: string) => new CoreRuleError(403, type, title, detail);
export const notFound = (type: string, title: string, detail: string) => new CoreRuleError(404, type, title, detail);
export const conflict = (type: string, title: string, detail: string) => new CoreRuleError(409, type, title, detail);
export const invalid = (type: string, title: string, detail: string, fields: Record<string, string> = {}) =>
  new CoreRuleError(422, type, title, detail, Object.keys(fields).length ? { fields } : {});
