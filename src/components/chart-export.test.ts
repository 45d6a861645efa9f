import { describe, expect, it } from 'vitest';
import { safeFileName } from '../lib/download-file';

describe('safeFileName', () => {
  it('keeps Chinese and strips characters file systems reject', () => {
    expect(safeFileName('12345热线办结率: 2021/高州', 'csv')).toBe('12345热线办结率_2021_高州.csv');
    expect(safeFileName('  ', 'png')).toBe('reportlens.png');
  });
});
