import { describe, expect, test } from 'vitest';
import { parseInline } from '../../../src/digest/inline';
import type { Bullet } from '../../../src/digest/schema';
import { arxivIdsIn, hasHangul, translateBullet, translateSummary } from '../../../src/translate/segments';
import { pseudoEnglish } from './stand-in';

const sync = (f: (t: string) => string) => async (t: string) => f(t);
const gentle = sync(pseudoEnglish);

describe('translateBullet', () => {
  test('plain Korean text is translated as one sentence', async () => {
    const seen: string[] = [];
    const out = await translateBullet(['이 논문은 새로운 방법을 제안합니다.'], async (t) => (seen.push(t), pseudoEnglish(t)));
    expect(seen).toEqual(['이 논문은 새로운 방법을 제안합니다.']);
    expect(out).toEqual(['w1 w3 w3 w3 w5.']);
  });

  test('text without Korean never reaches the translator', async () => {
    const seen: string[] = [];
    const bullet = parseInline('***What\'s New***: LoRA, `x_t` and https://ziplora.github.io');
    const out = await translateBullet(bullet, async (t) => (seen.push(t), t));
    expect(seen).toEqual([]);
    expect(out).toEqual([{ label: "What's New" }, ' LoRA, ', { code: 'x_t' }, ' and ', { url: 'https://ziplora.github.io' }]);
  });

  test('a Korean label is translated and carries no asterisk or line break', async () => {
    const out = await translateBullet(parseInline('**고찰**: 본문입니다.'), async (t) => (t === '고찰' ? '*Dis\ncussion*' : pseudoEnglish(t)));
    expect(out[0]).toEqual({ label: 'Dis cussion' });
    expect(out.slice(1)).toEqual([' w5.']);
  });

  test('URLs, code and IDs go into the sentence as they are and come back as the same segments', async () => {
    const bullet = parseInline('코드는 `train.py`에 있으며 [프로젝트 페이지](https://a.io/x)와 https://b.io 그리고 2311.12983v2 를 참고하세요.');
    const seen: string[] = [];
    const out = await translateBullet(bullet, async (t) => (seen.push(t), pseudoEnglish(t)));
    // The link's text is translated on its own first, then written into the sentence in English.
    expect(seen).toEqual(['프로젝트 페이지', '코드는 train.py에 있으며 w4 w3와 https://b.io 그리고 2311.12983v2 를 참고하세요.']);
    expect(out).toEqual(['w3 ', { code: 'train.py' }, 'w1 w3 ', { text: 'w4 w3', url: 'https://a.io/x' }, 'w1 ', { url: 'https://b.io' }, ' w3 2311.12983v2 w1 w5.']);
  });

  test('bold stays bold with its text in English, even when the sentence moves it', async () => {
    const bullet = parseInline('**확산 모델**을 사용합니다.');
    // A translator that puts the object last, as English does.
    const out = await translateBullet(bullet, async (t) => (t === '확산 모델' ? 'diffusion model' : 'It uses diffusion model.'));
    expect(out).toEqual(['It uses ', { b: 'diffusion model' }, '.']);
  });

  test('a mark the translator dropped or changed: piece by piece, the exact pieces never translated', async () => {
    const bullet = parseInline('자세한 내용은 https://a.io/page 에서 `run()` 함수를 보세요.');
    const seen: string[] = [];
    // Mangles URLs and code in whatever it is given, as a careless translator might.
    const mangling = async (t: string) => (seen.push(t), pseudoEnglish(t).replace('https://a.io/page', 'a.io page').replace('run()', 'run ( )'));
    const out = await translateBullet(bullet, mangling);
    expect(out).toEqual(['w3 w3 ', { url: 'https://a.io/page' }, ' w2 ', { code: 'run()' }, ' w3 w3.']);
    expect(seen.slice(1)).toEqual(['자세한 내용은', '에서', '함수를 보세요.']);
  });

  test('a mark that appears more often than in the source (ambiguous) also goes piece by piece', async () => {
    const bullet = parseInline('`A`는 A와 다릅니다.');
    const out = await translateBullet(bullet, gentle);
    // Whole sentence "A는 A와 다릅니다." holds "A" twice for one code span: not placed by guessing.
    expect(out).toEqual([{ code: 'A' }, 'w1 Aw1 w4.']);
  });

  test('continuation lines stay lines, each translated on its own', async () => {
    const seen: string[] = [];
    const out = await translateBullet(['첫째 줄입니다.\n  (1) 둘째 줄입니다.'], async (t) => (seen.push(t), pseudoEnglish(t)));
    expect(seen).toEqual(['첫째 줄입니다.', '(1) 둘째 줄입니다.']);
    expect(out).toEqual(['w2 w4.\n  (1) w2 w4.']);
  });

  test('emphasis stays emphasis, a nested item keeps its marker on its own line, stray markup is not carried over', async () => {
    const seen: string[] = [];
    const out = await translateBullet(parseInline('***L*: 특징은 *Generative AI*입니다:\n  - (1) 첫째.\n2) 둘째.**'), async (t) => (seen.push(t), pseudoEnglish(t)));
    expect(seen).toEqual(['특징은 Generative AI입니다:', '(1) 첫째.', '둘째.']);
    expect(out).toEqual([{ label: 'L' }, ' w3 ', { em: 'Generative AI' }, 'w3:', { li: '\n  - ' }, '(1) w2.', { li: '\n2) ' }, 'w2.']);
  });

  test('an empty answer is an error, not an empty bullet', async () => {
    await expect(translateBullet(['한국어'], async () => '  ')).rejects.toMatchObject({ name: 'TranslationError', reason: 'empty' });
  });
});

test('translateSummary translates every bullet and the note', async () => {
  const bullets: Bullet[] = [['첫째.'], ['둘째.']];
  expect(await translateSummary({ bullets, note: '메모' }, gentle)).toEqual({ bullets: [['w2.'], ['w2.']], note: 'w2' });
  expect(await translateSummary({ bullets }, gentle)).toEqual({ bullets: [['w2.'], ['w2.']] });
});

test('hasHangul and arxivIdsIn', () => {
  expect([hasHangul('LoRA를'), hasHangul('LoRA'), hasHangul('ㅋㅋ')]).toEqual([true, false, true]);
  expect(arxivIdsIn('see 2311.12983v2, hep-th/9901001 and math.GT/0309136; not 3.14')).toEqual(['2311.12983v2', 'hep-th/9901001', 'math.GT/0309136']);
});
