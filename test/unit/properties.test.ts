import { describe, expect, it } from 'vitest';
import { parseProperties } from '../../src/properties.ts';

describe('parseProperties', () => {
  it('reads the three separators, comments and blank lines', () => {
    const p = parseProperties('# comment\n! also\n\na=1\nb: 2\nc 3\n  d =  spaced value  \n');
    expect(Object.fromEntries(p)).toEqual({ a: '1', b: '2', c: '3', d: 'spaced value  ' });
  });

  it('joins continued lines and decodes escapes', () => {
    const p = parseProperties('list=a,\\\n    b,\\\n    c\nkey\\=with\\:colon=v\\u00e9\\t!\n');
    expect(p.get('list')).toBe('a,b,c');
    expect(p.get('key=with:colon')).toBe('vé\t!');
  });

  it('keeps the last of repeated keys and accepts empty values', () => {
    const p = parseProperties('a=1\na=2\nempty=\n');
    expect(p.get('a')).toBe('2');
    expect(p.get('empty')).toBe('');
  });
});
