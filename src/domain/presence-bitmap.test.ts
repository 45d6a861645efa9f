import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePresence, encodePresence, isPresent } from './presence-bitmap';

describe('presence bitmap', () => {
  it('marks cell i as bit i % 8 of byte i / 8', () => {
    // Cells 0, 3 and 9 of 10: bytes 0b00001001 and 0b00000010.
    const text = encodePresence([1, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(text).toBe(btoa(String.fromCharCode(0b00001001, 0b00000010)));
    const decoded = decodePresence(text, 10);
    if (!decoded.ok) throw new Error(decoded.message);
    expect([...Array(10).keys()].filter((i) => isPresent(decoded.bytes, i))).toEqual([0, 3, 9]);
  });

  it('round-trips any grid', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 300 }), (cells) => {
        const decoded = decodePresence(encodePresence(cells), cells.length);
        if (!decoded.ok) throw new Error(decoded.message);
        expect(cells.map((_, i) => isPresent(decoded.bytes, i))).toEqual(cells);
      }),
    );
  });

  it('refuses a bitmap of the wrong size, invalid base64 and marks beyond the grid', () => {
    expect(decodePresence('AAAAAAAA', 10)).toEqual({ ok: false, message: 'has 8 characters; 10 cells take 4 (base64 of 2 bytes)' });
    expect(decodePresence(encodePresence([1, 1]), 20)).toEqual({ ok: false, message: 'decodes to 1 bytes, expected 3' });
    expect(decodePresence('A*==', 8)).toEqual({ ok: false, message: 'is not valid base64' });
    const beyond = btoa(String.fromCharCode(0, 0b00000100));
    expect(decodePresence(beyond, 10)).toEqual({ ok: false, message: 'marks cells beyond the last one (9)' });
    expect(decodePresence(beyond, 11)).toMatchObject({ ok: true });
    expect(decodePresence('', 0)).toMatchObject({ ok: true });
  });
});
