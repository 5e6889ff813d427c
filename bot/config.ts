/**
 * Every environment variable of the design, read and validated in one place. Nothing else in the
 * code reads process.env: the validated Config is passed down from the composition root.
 */
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface SupportHours {
  /** Weekdays (Mon-Fri, not Japanese public holidays), local time, minutes since midnight. */
  startMinutes: number;
  endMinutes: number;
  /** Text as configured, e.g. "09:00-17:00". */
  text: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mongodbUri?: string;
  /** External core system; undefined means the embedded reference core under /core/v1. */
  coreApiUrl?: string;
  microsoftAppId?: string;
  microsoftAppPassword?: string;
  microsoftAppTenantId?: string;
  /** Signs user and Direct Line tokens; when unset it is generated once and kept under dataDir. */
  tokenSecret?: string;
  demo: boolean;
  supportHours: SupportHours;
  /** Where medical questions are referred to (副反応・体調の相談窓口). */
  medicalContact: string;
  logLevel: LogLevel;
  /** Public base URL used in links the bot sends (inquiry form, CSV downloads). */
  publicUrl?: string;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(env: Env): number {
  const raw = nonEmpty(env, 'PORT');
  if (raw === undefined) return 3978;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be a whole number between 0 and 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw.replace(/\/+$/, '');
}

function parseSupportHours(env: Env): SupportHours {
  const raw = nonEmpty(env, 'SUPPORT_HOURS') ?? '09:00-17:00';
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(raw);
  const minutes = (h: string, m: string) => Number(h) * 60 + Number(m);
  if (!match || Number(match[2]) > 59 || Number(match[4]) > 59) {
    throw new ConfigError('SUPPORT_HOURS', `must look like 09:00-17:00 (got "${raw}")`);
  }
  const startMinutes = minutes(match[1], match[2]);
  const endMinutes = minutes(match[3], match[4]);
  if (startMinutes >= endMinutes || endMinutes > 24 * 60) {
    throw new ConfigError('SUPPORT_HOURS', `must be a start time before an end time within one day (got "${raw}")`);
  }
  return { startMinutes, endMinutes, text: raw };
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const logLevel = (nonEmpty(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  const tokenSecret = nonEmpty(env, 'TOKEN_SECRET');
  if (tokenSecret !== undefined && tokenSecret.length < 32) {
    throw new ConfigError('TOKEN_SECRET', 'must be at least 32 characters long');
  }
  const coreApiUrl = parseUrl(env, 'CORE_API_URL', ['http:', 'https:']);
  const appId = nonEmpty(env, 'MicrosoftAppId');
  const appPassword = nonEmpty(env, 'MicrosoftAppPassword');
  if (appId && !appPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'must be set when MicrosoftAppId is set');
  }
  return {
    port: parsePort(env),
    host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
    dataDir: path.resolve(cwd, nonEmpty(env, 'DATA_DIR') ?? './data'),
    mongodbUri: parseUrl(env, 'MONGODB_URI', ['mongodb:', 'mongodb+srv:']),
    coreApiUrl,
    microsoftAppId: appId,
    microsoftAppPassword: appPassword,
    microsoftAppTenantId: nonEmpty(env, 'MicrosoftAppTenantId'),
    tokenSecret,
    // Demo users only make sense with the embedded core, whose demo data they belong to.
    demo: parseBoolean(env, 'DEMO', coreApiUrl === undefined),
    supportHours: parseSupportHours(env),
    medicalContact:
      nonEmpty(env, 'MEDICAL_CONTACT') ??
      'お住まいの都道府県の新型コロナワクチン専門相談窓口、または接種を行った医師',
    logLevel: logLevel as LogLevel,
    publicUrl: parseUrl(env, 'PUBLIC_URL', ['http:', 'https:']),
  };
}
