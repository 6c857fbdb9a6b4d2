/**
 * Symbols shown beside a text that says the same in words (they sit in aria-hidden spans), so no language needs
 * its own. The arrows that point along the reading direction are flipped in CSS under [dir='rtl'];
 * an arrow inside a sentence is part of that sentence's message instead.
 */
export const CHECK_MARK = '✓';
export const OPEN_MARK = '○';
export const ADD_MARK = '+ ';
export const CARET_MARK = '▾';
export const ARROW_MARK = '→';
