/**
 * Reads a request body and parses it as JSON. Every media type this API consumes carries JSON,
 * `application/octet-stream` included, and clients may send bodies chunked without a length.
 */
import type { IncomingMessage } from 'node:http';
import { parseJson } from '../formats/json-text.ts';
import { Errors } from './errors.ts';

/** The request had no body bytes at all. */
export const NO_BODY: unique symbol = Symbol('no body');

export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Errors.bodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks, size).toString('utf8');
  if (text.trim() === '') return NO_BODY;
  try {
    return parseJson(text);
  } catch (err) {
    throw Errors.malformedJson((err as Error).message);
  }
}
