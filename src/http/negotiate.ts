/**
 * Content negotiation: which request types an operation consumes and which response type it
 * produces, chosen from the weights the spec declares (`x-qs` on each response media type).
 *
 * Ordering follows the JAX-RS rules the original server obeyed: the client's q decides first, then
 * how specifically the client named the type, then the server's qs.
 */
import { essence, PREFERRED_RESPONSE_TYPES, DEFAULT_RESPONSE_TYPE } from './media-types.ts';

export interface Producible {
  type: string;
  qs: number;
}

interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
}

export function parseAccept(header: string | undefined): AcceptRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: AcceptRange[] = [];
  for (const part of header.split(',')) {
    const [rawType, ...params] = part.split(';');
    const full = (rawType ?? '').trim().toLowerCase();
    if (full === '') continue;
    const slash = full.indexOf('/');
    const type = slash === -1 ? full : full.slice(0, slash);
    const subtype = slash === -1 ? '*' : full.slice(slash + 1);
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k?.toLowerCase() === 'q' && v !== undefined) {
        const n = Number(v);
        q = Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges.length ? ranges : [{ type: '*', subtype: '*', q: 1 }];
}

/** The most specific range matching `mediaType`: its q and specificity (2 exact, 1 type/*, 0 any). */
function bestRange(ranges: AcceptRange[], mediaType: string): { q: number; specificity: number } | undefined {
  const slash = mediaType.indexOf('/');
  const type = mediaType.slice(0, slash);
  const subtype = mediaType.slice(slash + 1);
  let best: { q: number; specificity: number } | undefined;
  for (const r of ranges) {
    let specificity: number;
    if (r.type === type && r.subtype === subtype) specificity = 2;
    else if (r.type === type && r.subtype === '*') specificity = 1;
    else if (r.type === '*') specificity = 0;
    else continue;
    if (!best || specificity > best.specificity) best = { q: r.q, specificity };
  }
  return best;
}

/** The response type for an Accept header, or undefined when nothing acceptable can be produced (406). */
export function selectResponseType(accept: string | undefined, producible: readonly Producible[]): string | undefined {
  const ranges = parseAccept(accept);
  let chosen: { type: string; q: number; specificity: number; qs: number } | undefined;
  for (const p of producible) {
    const match = bestRange(ranges, p.type);
    if (!match || match.q <= 0) continue;
    const better =
      !chosen ||
      match.q > chosen.q ||
      (match.q === chosen.q && match.specificity > chosen.specificity) ||
      (match.q === chosen.q && match.specificity === chosen.specificity && p.qs > chosen.qs);
    if (better) chosen = { type: p.type, q: match.q, specificity: match.specificity, qs: p.qs };
  }
  return chosen?.type;
}

/** The consumed type a Content-Type header selects, or undefined (415). */
export function selectRequestType(contentType: string, consumable: readonly string[]): string | undefined {
  const type = essence(contentType);
  return consumable.find((c) => c === type);
}

/**
 * The type of an error body sent before (or instead of) negotiation: the first Accept entry that
 * is one of the preferred types, else the default.
 */
export function fallbackResponseType(
  accept: string | undefined,
  preferred: readonly string[] = PREFERRED_RESPONSE_TYPES,
  fallback: string = DEFAULT_RESPONSE_TYPE,
): string {
  if (accept) {
    for (const part of accept.split(',')) {
      const type = essence(part);
      if (preferred.includes(type)) return type;
    }
  }
  return fallback;
}
