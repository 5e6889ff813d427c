/**
 * Reads a JSON request body with a size limit. The core's own reader (rather than the host
 * server's body parser) so every body failure is a problem with a Japanese detail too.
 */
import type { IncomingMessage } from 'node:http';
import { CoreRuleError } from './errors';
import { messages } from './messages';

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooLarge = () => new CoreRuleError(413, 'payload-too-large', `Body larger than ${maxBytes} bytes`, messages.bodyTooLarge);
  if (declared > maxBytes) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new CoreRuleError(415, 'unsupported-media-type', 'Body must be application/json', messages.badJson);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CoreRuleError(400, 'malformed-json', 'Body is not valid JSON', messages.badJson);
  }
}
