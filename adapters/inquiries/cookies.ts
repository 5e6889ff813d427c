/** Reading and writing the few cookies of the inquiry pages and the support console. */
import type { Request, Response } from 'restify';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  maxAgeSeconds: number;
  /** Set behind https (or PUBLIC_URL with https) so the cookie never travels in clear text. */
  secure: boolean;
}

/** HttpOnly and SameSite=Strict always: no script reads them, no other site can send them. */
export function setCookie(res: Response, name: string, value: string, options: CookieOptions): void {
  const cookie = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
  const existing = res.getHeader('Set-Cookie');
  const list = Array.isArray(existing) ? existing.map(String) : existing ? [String(existing)] : [];
  res.setHeader('Set-Cookie', [...list, cookie]);
}

export function isSecureRequest(req: Request, publicUrl?: string): boolean {
  if (publicUrl) return publicUrl.startsWith('https:');
  return req.headers['x-forwarded-proto'] === 'https' || req.isSecure();
}
