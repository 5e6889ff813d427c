/** Reads a captured JSON log: secrets that must never be in it, and the per-turn lines. */

const TOKEN_PATTERNS: Array<[string, RegExp]> = [
  ['JWT', /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  ['Bearer credential', /Bearer\s+[A-Za-z0-9._~+/-]{12,}/i],
  ['stream token parameter', /[?&]t=[A-Za-z0-9._-]{12,}/],
  ['password value', /"(password|secret|tokenSecret|MicrosoftAppPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/i],
];

/** Token-looking strings in the log (and the given secrets verbatim), as short descriptions. */
export function secretsIn(log: string, secrets: string[] = []): string[] {
  const found: string[] = [];
  for (const [name, pattern] of TOKEN_PATTERNS) {
    const match = pattern.exec(log);
    if (match) found.push(`${name}: ${match[0].slice(0, 40)}…`);
  }
  for (const secret of secrets) if (secret && log.includes(secret)) found.push(`the secret "${secret.slice(0, 6)}…"`);
  return found;
}

export interface LogLine {
  msg?: string;
  level?: number;
  correlationId?: string;
  [field: string]: unknown;
}

export function logLines(log: string): LogLine[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        return { msg: `unparsable: ${line.slice(0, 80)}` };
      }
    });
}
