/**
 * A real HTTP proxy in front of the reference server that injects one fault per request from a
 * queue: answer slowly (after the server has done the work), replace the answer with a 500, or
 * reset the connection after the server has done the work.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault = 'none' | 'slow' | '500-after' | '500-before' | 'reset';

export class FaultProxy {
  readonly faults: Fault[] = [];
  /** Requests that reached the real server. */
  forwarded = 0;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: string, private readonly slowMs = 1500) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const fault = this.faults.shift() ?? 'none';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (fault === '500-before') {
      this.respond(res, 500, { 'content-type': 'application/problem+json' }, JSON.stringify({ type: 'urn:test:internal', title: 'Injected', status: 500 }));
      return;
    }
    const upstream = await this.forward(req, Buffer.concat(chunks));
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === '500-after') {
      this.respond(res, 500, { 'content-type': 'text/html' }, '<h1>Internal Server Error</h1>');
      return;
    }
    // Unref'd: the client has usually given up by then, and a pending answer must not hold the test process.
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs).unref());
    if (res.destroyed) return;
    this.respond(res, upstream.status, upstream.headers, upstream.body);
  }

  // restify patches ServerResponse.prototype (writeHead does not return `this` there), so no chaining.
  private respond(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body: string | Buffer): void {
    res.writeHead(status, headers);
    res.end(body);
  }

  private forward(req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    this.forwarded++;
    const url = new URL(req.url ?? '/', this.target);
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (response) => {
        const parts: Buffer[] = [];
        response.on('data', (c: Buffer) => parts.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(parts) }));
      });
      request.on('error', reject);
      request.end(body);
    });
  }
}
