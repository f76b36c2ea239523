/**
 * A fault-injecting reverse proxy on 127.0.0.1 in front of the emulator. The emulator injects its
 * own faults before a handler runs (5xx, dropped connections, 429 from its rate limiter); this
 * proxy adds the one that matters most for exactly-once delivery: the request is carried out,
 * and then the answer is lost (the connection dropped after the message was stored). It also
 * counts what happened to every attempt of the watched route.
 */
import http from 'node:http';
import { serve, type Served } from './net.js';

export interface ProxyStats {
  /** Attempts of the watched route that reached the proxy. */
  attempts: number;
  ok: number;
  /** 429 answers (rate limited, with x-ogw-ratelimit-reset). */
  rateLimited: number;
  /** 5xx answers. */
  serverErrors: number;
  /** Connections the emulator dropped before answering. */
  droppedBeforeCommit: number;
  /** Answers lost after the message was stored (the proxy dropped the connection). */
  droppedAfterCommit: number;
  /** Token-invalid answers (expired tokens). */
  tokenRejected: number;
  /** Other answers. */
  other: number;
  /** x-ogw-ratelimit-reset values seen. */
  resetHeaders: string[];
}

export interface FaultProxy extends Served {
  readonly stats: ProxyStats;
}

export interface FaultProxyOptions {
  /** Which requests are watched (counted, and subject to the faults below). */
  readonly watch: (method: string, url: string) => boolean;
  /** Drop the connection after the upstream answered 200 (the message is stored, the answer lost). */
  readonly dropAfterCommit: () => boolean;
  /**
   * Answer 429 as the platform's gateway does, without forwarding. Unlike the emulator's own rate
   * limiter, this does not depend on how fast the machine can send.
   */
  readonly rateLimitBefore?: () => boolean;
  /** Told the running count of watched attempts as each arrives. */
  readonly onAttempt?: (attempts: number) => void;
}

export async function faultProxy(target: string, { watch, dropAfterCommit, rateLimitBefore, onAttempt }: FaultProxyOptions): Promise<FaultProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const stats: ProxyStats = { attempts: 0, ok: 0, rateLimited: 0, serverErrors: 0, droppedBeforeCommit: 0, droppedAfterCommit: 0, tokenRejected: 0, other: 0, resetHeaders: [] };
  const served = await serve((req, res) => {
    const watched = watch(req.method ?? 'GET', req.url ?? '/');
    if (watched) {
      stats.attempts++;
      onAttempt?.(stats.attempts);
      if (rateLimitBefore?.()) {
        stats.rateLimited++;
        stats.resetHeaders.push('1');
        req.resume();
        res.writeHead(429, { 'content-type': 'application/json', 'x-ogw-ratelimit-limit': '150', 'x-ogw-ratelimit-reset': '1' });
        res.end(JSON.stringify({ code: 99991400, msg: 'request trigger frequency limit', data: {} }));
        return;
      }
    }
    const up = http.request(target + (req.url ?? '/'), { method: req.method, headers: req.headers, agent }, (ur) => {
      const chunks: Buffer[] = [];
      ur.on('data', (c: Buffer) => chunks.push(c));
      ur.on('error', () => req.socket.destroy());
      ur.on('end', () => {
        const body = Buffer.concat(chunks);
        const status = ur.statusCode ?? 0;
        let code: unknown;
        try {
          code = (JSON.parse(body.toString('utf8')) as { code?: unknown }).code;
        } catch {
          code = undefined;
        }
        if (watched) {
          if (status === 200 && code === 0) {
            if (dropAfterCommit()) {
              stats.droppedAfterCommit++;
              req.socket.destroy();
              return;
            }
            stats.ok++;
          } else if (status === 429) {
            stats.rateLimited++;
            stats.resetHeaders.push(String(ur.headers['x-ogw-ratelimit-reset']));
          } else if (status >= 500) stats.serverErrors++;
          else if (code === 99991663 || code === 99991661) stats.tokenRejected++;
          else stats.other++;
        }
        res.writeHead(status, ur.headers);
        res.end(body);
      });
    });
    up.on('error', () => {
      if (watched) stats.droppedBeforeCommit++;
      req.socket.destroy();
    });
    req.pipe(up);
  });
  return {
    ...served,
    stats,
    close: async () => {
      await served.close();
      agent.destroy();
    },
  };
}
