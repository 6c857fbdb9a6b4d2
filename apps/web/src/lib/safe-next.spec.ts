import { describe, expect, it } from '@jest/globals';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path inside the app', () => {
    expect(safeNext('/w/1/p/2?tab=history')).toBe('/w/1/p/2?tab=history');
  });

  it.each(['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null])('refuses %p', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
