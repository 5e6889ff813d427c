/**
 * The chat widget page `/` and its assets: the page's own HTML/CSS/JS from adapters/channels/web,
 * and Web Chat's browser bundle straight from node_modules (no CDN, works in closed networks).
 * Assets are read once, gzip-compressed once and served with a validator, so the 3.8 MB bundle
 * costs one compression per process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

/** The page allows its own scripts only; Web Chat injects its styles inline. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' https:",
  "connect-src 'self' ws: wss:",
  "frame-src 'self' https://www.youtube-nocookie.com https://www.youtube.com",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

interface Asset {
  contentType: string;
  read(): Buffer;
}

interface LoadedAsset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** The folder holding package.json, found upwards from here (works from source and from dist/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

function webChatBundlePath(): string {
  // The package's exports hide dist/; its main entry (lib/index.js) locates the package folder.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

export function registerChatPages(server: Server): void {
  const webDir = path.join(projectRoot(), 'adapters', 'channels', 'web');
  const file = (name: string, contentType: string): Asset => ({ contentType, read: () => fs.readFileSync(path.join(webDir, name)) });
  const assets: Record<string, Asset> = {
    '/': file('index.html', 'text/html; charset=utf-8'),
    '/chat/chat.css': file('chat.css', 'text/css; charset=utf-8'),
    '/chat/chat.js': file('chat.js', 'text/javascript; charset=utf-8'),
    '/chat/webchat.js': { contentType: 'text/javascript; charset=utf-8', read: () => fs.readFileSync(webChatBundlePath()) },
  };
  const loaded = new Map<string, LoadedAsset>();
  const load = (route: string): LoadedAsset => {
    let asset = loaded.get(route);
    if (!asset) {
      const body = assets[route].read();
      asset = {
        contentType: assets[route].contentType,
        body,
        gzipped: gzipSync(body),
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      };
      loaded.set(route, asset);
    }
    return asset;
  };

  for (const route of Object.keys(assets)) {
    server.get(route, async (req: Request, res: Response) => {
      const asset = load(route);
      res.setHeader('Content-Type', asset.contentType);
      res.setHeader('ETag', asset.etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', route === '/' ? 'no-cache' : 'public, max-age=3600');
      res.setHeader('Vary', 'Accept-Encoding');
      if (route === '/') {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('Referrer-Policy', 'same-origin');
      }
      if (req.headers['if-none-match'] === asset.etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? asset.gzipped : asset.body;
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.writeHead(200);
      res.end(body);
    });
  }
}
