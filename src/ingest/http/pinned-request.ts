/**
 * One HTTP exchange with a target the outbound policy allowed: node:http(s)
 * with a `lookup` that hands back only the addresses the policy checked, so
 * the connection goes where the check said (no second DNS answer in between),
 * while TLS SNI, the certificate check and the Host header keep the URL's own
 * host name. No connection pool: a pooled socket is keyed by host name and
 * could outlive the check it was made for. Bodies are decompressed while
 * counted, so a small gzip bomb is cut at the size limit.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { OutboundTarget, ResolvedAddress } from './outbound-policy.js';

export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** A lookup that answers every host name with the checked addresses only. */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const want = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const usable = addresses.filter((a) => want === 0 || a.family === want);
    if (usable.length === 0) {
      callback(Object.assign(new Error('no checked address of this family'), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    if (options.all) callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, usable[0]!.address, usable[0]!.family);
  };
}

/** Send a GET for `url` to `target` (from the policy) and resolve with the response head. */
export function openRequest(url: URL, target: OutboundTarget, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send({
      protocol: url.protocol,
      hostname: target.hostname,
      port: target.port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { host: url.host, 'accept-encoding': ACCEPT_ENCODING, ...headers },
      lookup: pinnedLookup(target.addresses),
      agent: false,
      signal,
    });
    req.once('response', resolve);
    // Kept for the whole exchange: an error after the response head (an abort mid-body) must not go unhandled.
    req.on('error', reject);
    req.end();
  });
}

/** The response headers as a Headers object (repeated headers joined as fetch does). */
export function responseHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, v);
      } catch {
        // A header value fetch would reject is left out rather than failing the page.
      }
    }
  }
  return headers;
}

function decoderFor(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      // Lenient like browsers: a truncated stream gives what arrived.
      return createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
    case 'deflate':
      return createInflate({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
    case 'br':
      return createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      return null;
  }
}

/**
 * The body, decompressed, stopping as soon as it passes `maxBytes` (then
 * throws `tooLarge()` and drops the connection).
 */
export async function readBody(res: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const decoder = decoderFor(res.headers['content-encoding']);
  const source: Readable = decoder ? pipeline(res, decoder, () => {}) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      res.destroy();
      decoder?.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** Throw away a response we do not read (a redirect, an error status). */
export function discard(res: IncomingMessage): void {
  res.destroy();
}
