/**
 * A WebDriver BiDi client over a bare WebSocket: Firefox speaks BiDi natively, and Playwright cannot
 * drive a stock Firefox. Node 20 has no WebSocket client of its own, so this holds the few lines of
 * RFC 6455 framing a test needs (text frames, fragmentation, ping, close) rather than a dependency.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';

type Listener = (params: Record<string, unknown>) => void;

export class BiDiError extends Error {}

export class BiDi {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; method: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closed = false;

  private constructor(private readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.fail(new BiDiError('the BiDi connection closed')));
    socket.on('error', (error) => this.fail(error));
  }

  static connect(url: string): Promise<BiDi> {
    const { hostname, port, pathname } = new URL(url);
    const key = randomBytes(16).toString('base64');
    return new Promise((resolve, reject) => {
      const request = http.request({
        host: hostname,
        port,
        path: pathname,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13' },
      });
      request.on('upgrade', (_response, socket, head) => {
        const client = new BiDi(socket);
        if (head.length > 0) client.receive(head);
        resolve(client);
      });
      request.on('response', (response) => reject(new BiDiError(`no WebSocket upgrade: HTTP ${response.statusCode}`)));
      request.on('error', reject);
      request.end();
    });
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    if (this.closed) return Promise.reject(new BiDiError(`${method}: connection closed`));
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method }),
    );
    this.write(0x1, Buffer.from(JSON.stringify({ id, method, params })));
    return reply;
  }

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    if (this.closed) return;
    this.write(0x8, Buffer.alloc(0));
    this.closed = true;
    this.socket.end();
  }

  /** Client frames are masked (RFC 6455 §5.3); lengths take 7, 16 or 64 bits. */
  private write(opcode: number, payload: Buffer): void {
    const mask = randomBytes(4);
    const length = payload.length;
    const header =
      length < 126
        ? Buffer.from([0x80 | opcode, 0x80 | length])
        : length < 0x10000
          ? Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | 127]), bigEndian64(length)]);
    const masked = Buffer.alloc(length);
    for (let i = 0; i < length; i++) masked[i] = payload[i]! ^ mask[i % 4]!;
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const buffer = this.buffer;
      if (buffer.length < 2) return;
      const fin = (buffer[0]! & 0x80) !== 0;
      const opcode = buffer[0]! & 0x0f;
      const masked = (buffer[1]! & 0x80) !== 0;
      let length = buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const maskKey = masked ? buffer.subarray(offset, offset + 4) : null;
      if (masked) offset += 4;
      if (buffer.length < offset + length) return;
      const payload = Buffer.from(buffer.subarray(offset, offset + length));
      if (maskKey) for (let i = 0; i < payload.length; i++) payload[i]! ^= maskKey[i % 4]!;
      this.buffer = buffer.subarray(offset + length);
      if (opcode === 0x8) {
        this.closed = true;
        this.socket.end();
        return;
      }
      if (opcode === 0x9) this.write(0xa, payload);
      if (opcode === 0x0 || opcode === 0x1 || opcode === 0x2) {
        this.fragments.push(payload);
        if (fin) {
          const text = Buffer.concat(this.fragments).toString('utf8');
          this.fragments = [];
          this.dispatch(JSON.parse(text) as Record<string, unknown>);
        }
      }
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiter) return;
      if (message.type === 'error') waiter.reject(new BiDiError(`${waiter.method}: ${String(message.error)}: ${String(message.message)}`));
      else waiter.resolve(message.result);
      return;
    }
    if (message.type === 'event' && typeof message.method === 'string') {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params as Record<string, unknown>);
    }
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

function bigEndian64(n: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(n));
  return buffer;
}
