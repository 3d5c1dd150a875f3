import { describe, expect, it } from 'vitest';
import { todayInJakarta } from './dates.js';

describe('todayInJakarta', () => {
  it('is the calendar day in WIB (UTC+7), not the UTC date', () => {
    expect(todayInJakarta(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
    expect(todayInJakarta(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(todayInJakarta(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
  });
});
