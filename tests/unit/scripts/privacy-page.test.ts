import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headingSlug, privacyPage } from '../../../scripts/privacy-page';

const PRIVACY = readFileSync('PRIVACY.md', 'utf8');

/** The page's text with the tags taken out, entities read back. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('privacyPage (PRIVACY.md as the extension page privacy.html)', () => {
  const page = privacyPage(PRIVACY);

  test('the real PRIVACY.md: titled, an English and a Korean section, every heading an anchor, no markup left as text', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>Privacy — arXiv Daily Papers</title>');
    expect(page.match(/<section lang="(en|ko)">/g)).toEqual(['<section lang="en">', '<section lang="ko">']);
    const headings = PRIVACY.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(page.match(/<h[12] id="[^"]+">/g)).toHaveLength(headings.length);
    // the link to the Korean half points at its heading
    expect(page).toContain('<a href="#개인정보-처리방침">');
    expect(page).toContain('<h1 id="개인정보-처리방침">개인정보 처리방침</h1>');
    const text = textOf(page);
    expect(text).not.toMatch(/\*\*|`|\]\(|^#/m);
    // what the policy must say, in the page as in the file
    for (const phrase of ['t:<arXiv ID>', 'makes no request to any server', 'Show teaser image', '어떤 서버에도 요청을 보내지 않습니다']) expect(text).toContain(phrase);
  });

  test('the text is escaped, never markup: a tag in the file is shown as text', () => {
    const html = privacyPage('# T\n\nA <script>alert(1)</script> & `t:<ID>` and **a <b>**.\n');
    expect(html).toContain('<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>t:&lt;ID&gt;</code> and <strong>a &lt;b&gt;</strong>.</p>');
    expect(html).not.toContain('<script>');
  });

  test('lists (with continuation lines), paragraphs joined by a space, emphasis and https links', () => {
    const html = privacyPage('# Title\n\nOne\ntwo.\n\n- first\n  item\n- *second* [site](https://example.org/a?b=1&c=2)\n\nAfter.\n');
    expect(html).toContain(
      '<p>One two.</p><ul><li>first item</li><li><em>second</em> <a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">site</a></li></ul><p>After.</p>',
    );
  });

  test.each([
    ['### Deeper\n', 3, 'not read'],
    ['| a | b |\n', 3, 'not read'],
    ['1. first\n', 3, 'not read'],
    ['> quote\n', 3, 'not read'],
    ['See [this](http://example.org).\n', 3, 'only https links'],
    ['See [this](#nowhere).\n', 3, 'does not exist'],
    ['An unclosed `code span.\n', 3, 'markup that is not read'],
  ])('markdown it does not read fails the build with its line: %j', (md, line, message) => {
    expect(() => privacyPage(`# Title\n\n${md}`)).toThrow(new RegExp(`^PRIVACY\\.md:${line}: .*${message}`));
  });

  test('a file without a title is refused', () => {
    expect(() => privacyPage('Just text.\n')).toThrow(/^PRIVACY\.md:1: the file must start with a "# " title/);
  });

  test("headingSlug follows GitHub's anchors (so the same links work on GitHub)", () => {
    expect(headingSlug('Privacy — arXiv Daily Papers')).toBe('privacy--arxiv-daily-papers');
    expect(headingSlug('What is sent, and to whom')).toBe('what-is-sent-and-to-whom');
    expect(headingSlug('개인정보 처리방침')).toBe('개인정보-처리방침');
  });
});
