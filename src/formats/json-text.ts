/**
 * JSON text that keeps integers exact beyond 2^53: request bodies, JSON records in Kafka and
 * responses all go through these two functions, so a 64-bit integer survives every hop.
 */
import { parse as losslessParse, stringify as losslessStringify } from 'lossless-json';

/** Only an integer literal of 16 or more digits can be beyond 2^53 (9007199254740992). */
const LONG_DIGITS = /\d{16}/;
const INTEGER = /^-?\d+$/;

function parseNumber(literal: string): unknown {
  const n = Number(literal);
  return Number.isSafeInteger(n) || !INTEGER.test(literal) ? n : BigInt(literal);
}

/**
 * JSON.parse, except that integers outside the safe range come back as exact BigInts. Texts
 * without 16 consecutive digits take JSON.parse directly. Duplicate keys keep the last value, as
 * with JSON.parse. Throws SyntaxError-like errors for text that is not JSON.
 */
export function parseJson(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return losslessParse(text, null, { parseNumber, onDuplicateKey: ({ newValue }) => newValue });
}

/** JSON.stringify, with BigInts written as bare integers. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    // Only a BigInt makes JSON.stringify throw a TypeError on data parsed from JSON.
    if (err instanceof TypeError) return losslessStringify(value) ?? 'null';
    throw err;
  }
}
