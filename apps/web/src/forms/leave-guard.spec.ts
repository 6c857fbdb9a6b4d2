import { afterEach, describe, expect, it } from '@jest/globals';
import { hasUnsavedChanges, isLeaving, markDirty, markSaving, subscribeUnsavedChanges } from './leave-guard';

afterEach(() => {
  for (const id of ['a', 'b']) {
    markSaving(id, false);
    markDirty(id, false);
  }
});

describe('the leave guard', () => {
  it('asks while any form holds unsaved text, and stops when the last one is clean', () => {
    expect(hasUnsavedChanges()).toBe(false);
    markDirty('a', true);
    markDirty('b', true);
    markDirty('a', false);
    expect(hasUnsavedChanges()).toBe(true);
    markDirty('b', false);
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('lets a form that is saving navigate away (a save that opens the new page)', () => {
    markDirty('a', true);
    markSaving('a', true);
    expect(hasUnsavedChanges()).toBe(false);
    markSaving('a', false);
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('tells listeners only when a form becomes dirty or clean', () => {
    let calls = 0;
    const unsubscribe = subscribeUnsavedChanges(() => {
      calls += 1;
    });
    markDirty('a', true);
    markDirty('a', true);
    markDirty('a', false);
    unsubscribe();
    markDirty('a', true);
    expect(calls).toBe(2);
  });

  it('counts another path or query as leaving, and a hash change as staying', () => {
    const here = { pathname: '/w/1/p/2/initiate', search: '' };
    expect(isLeaving(here, { pathname: '/w/1/p/2/charter', search: '' })).toBe(true);
    expect(isLeaving(here, { pathname: '/w/1/p/2/initiate', search: '?version=3' })).toBe(true);
    expect(isLeaving(here, { ...here })).toBe(false);
  });
});
