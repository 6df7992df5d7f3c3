import { describe, expect, it } from '@jest/globals';
import { jsonRows } from './json-rows.js';

describe('jsonRows', () => {
  it('gives the rows as JSON, dates as ISO strings and nested values as they are', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(JSON.parse(jsonRows([{ a: 1, at, nested: { list: ['x'] }, none: null }]))).toEqual([
      { a: 1, at: '2026-01-02T03:04:05.678Z', nested: { list: ['x'] }, none: null },
    ]);
  });

  it('replaces a lone surrogate, which PostgreSQL refuses escaped in JSON, as a text parameter would', () => {
    const json = jsonRows([{ note: 'broken \ud800 pair', ok: 'fine \ud83d\ude00', deep: ['\udc00'] }]);
    expect(json).not.toMatch(/\\ud[89a-f]/i);
    expect(JSON.parse(json)).toEqual([{ note: 'broken \ufffd pair', ok: 'fine \ud83d\ude00', deep: ['\ufffd'] }]);
  });
});
