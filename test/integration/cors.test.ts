/**
 * access.control.allow.origin: browsers on the allowed origins may call the proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type TestProxy } from './harness.ts';

let open: TestProxy;
let listed: TestProxy;
let closed: TestProxy;

beforeAll(async () => {
  [open, listed, closed] = await Promise.all([
    startProxy({ 'access.control.allow.origin': '*' }),
    startProxy({ 'access.control.allow.origin': 'https://app.example.com', 'access.control.allow.methods': 'GET,POST' }),
    startProxy(),
  ]);
});
afterAll(() => Promise.all([open?.close(), listed?.close(), closed?.close()]));

describe('CORS', () => {
  it('allows any origin with *', async () => {
    const res = await fetch(`${open.url}/topics`, { headers: { Origin: 'https://anywhere.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a preflight with the allowed methods and the requested headers', async () => {
    const res = await fetch(`${listed.url}/topics/orders`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('gives other origins no CORS headers', async () => {
    const res = await fetch(`${listed.url}/topics`, { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off when no origin is configured', async () => {
    const res = await fetch(`${closed.url}/topics`, { headers: { Origin: 'https://app.example.com' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${closed.url}/topics`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(405);
  });
});
