import { describe, expect, test } from 'vitest';
import { parseAuthors } from '../../../src/digest/authors';

describe('parseAuthors', () => {
  test.each([
    [' Peng Wang, Yichun Shi', ['Peng Wang', 'Yichun Shi']],
    [" Sean O'Brien, Alex D'Amour", ["Sean O'Brien", "Alex D'Amour"]],
    // the October 2024 Python-list spelling, both quote styles and escapes as Python's repr writes them
    [" ['Zihan Zhou', 'Zhixing Tan']", ['Zihan Zhou', 'Zhixing Tan']],
    [` ['A', "Sean O'Brien", 'Alex D\\'Amour', "Say \\"Hi\\"", 'Back\\\\slash']`, ['A', "Sean O'Brien", "Alex D'Amour", 'Say "Hi"', 'Back\\slash']],
    [" ['Only One']", ['Only One']],
    [" [ 'Spaced' ,'Out' ] ", ['Spaced', 'Out']],
  ])('%s', (text, want) => expect(parseAuthors(text)).toEqual({ ok: true, authors: want }));

  test.each([
    ['', 'Authors: line lists no author'],
    [' , ', 'Authors: line lists no author'],
    [' []', 'Authors: line lists no author'],
    [" ['A', B]", /unquoted name \(name 2\)/],
    [" ['A'", /needs "," or a final "]" after name 1/],
    [" ['A] ", /unterminated name \(name 1\)/],
    [" ['A\\n']", /unknown escape \\n \(name 1\)/],
    [" ['A'] trailing", /after name 1/],
    [' [] x', /text after "\]"/],
  ])('%j is refused', (text, message) => {
    const r = parseAuthors(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
