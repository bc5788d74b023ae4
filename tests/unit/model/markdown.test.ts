import type { DeviceEnglish } from '../../../src/translate/record';
import { describe, expect, test } from 'vitest';
import { parseInline } from '../../../src/digest/inline';
import type { Paper } from '../../../src/digest/schema';
import { DIGEST_SOURCE_URL, panelT } from '../../../src/i18n/panel-strings';
import { markdownText, paperMarkdown } from '../../../src/model/markdown';
import { loadRealDay, paperOf } from '../helpers';

const day = loadRealDay();
const hit = (id: string) => ({ date: day.date, paper: paperOf(day, id) });

function synthetic(bullets: Paper['summary']['ko']['bullets'], extra: Partial<Paper> = {}): { date: string; paper: Paper } {
  return { date: '2024-08-15', paper: { id: '2408.07410', title: 'Aquila2 Technical Report', authors: ['A B'], summary: { ko: { bullets, translated: false } }, ...extra } };
}

describe('paperMarkdown', () => {
  test('ZipLoRA in Korean: linked title, bullets, the URL as an autolink that stops before the particle, the credit', () => {
    expect(paperMarkdown(hit('2311.13600'), 'ko')).toBe(
      [
        '[ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs](https://arxiv.org/abs/2311.13600)',
        '',
        '- 최근에 제안된 low-rank adaptations(LoRA)는 개념 기반 개인화를 위한 효율적인 방법으로서 기존의 방법들이 주제나 스타일 생성에서만 강력한 결과를 보였던 것에 비해, 이를 개선하고자 한다.',
        '- 별도로 훈련된 스타일 및 주제 LoRA들을 효과적으로 결합하여 사용자가 제공한 어떤 주제나 스타일에서도 생성 가능한 ZipLoRA 방법을 제안한다.',
        '- 실험 결과는 ZipLoRA가 다양한 주제 및 스타일 조합에서 주제 및 스타일의 충실도에 있어 기준 모델들 대비 의미 있는 개선을 이루었으며 재맥락화 능력도 유지하는 등, 인상적인 결과를 생성할 수 있음을 보여준다.',
        '- 프로젝트 페이지(<https://ziplora.github.io>)에서 ZipLoRA에 대한 추가 정보와 자료를 확인할 수 있다.',
        '',
        `요약 출처: [Daily Papers 한국어 다이제스트](${DIGEST_SOURCE_URL}) (2023-11-23)`,
        '',
      ].join('\n'),
    );
  });

  test('English made on this device: its bullets, URLs as links, labelled as a machine translation made here, the English credit', () => {
    const device: DeviceEnglish = { bullets: [['The benchmark, point one.'], ['A leaderboard at ', { url: 'https://huggingface.co/gaia-benchmark' }]], at: 1 };
    const md = paperMarkdown(hit('2311.12983'), 'en', () => ({ lang: 'en', device }));
    const lines = md.split('\n');
    expect(lines[0]).toBe('[GAIA: a benchmark for General AI Assistants](https://arxiv.org/abs/2311.12983)');
    expect(lines.slice(2, 4)).toEqual(['- The benchmark, point one.', '- A leaderboard at <https://huggingface.co/gaia-benchmark>']);
    expect(md).toContain(`*${panelT('en').deviceNote}*`);
    expect(md.trimEnd().split('\n').at(-1)).toBe(`Summary from the [Daily Papers Korean digest](${DIGEST_SOURCE_URL}) (2023-11-23)`);
    expect(md).not.toContain('GAIA 벤치마크는');
  });

  test("the reader's own translation first, labelled as theirs, with its translator's note", () => {
    const base = hit('2311.12983');
    const paper = { ...base.paper, summary: { ...base.paper.summary, en: { bullets: [['Mine.']], translated: true, note: 'my note' } } };
    const md = paperMarkdown({ ...base, paper }, 'en', () => ({ lang: 'en', device: { bullets: [['Device.']], at: 1 } }));
    expect(md).toContain('- Mine.\n');
    expect(md).toContain(`*${panelT('en').yoursNote} ${panelT('en').translatorNote}: my note*`);
    expect(md).not.toContain('Device.');
  });

  test('English asked for, none made yet: the Korean bullets after the note that says so', () => {
    const md = paperMarkdown(synthetic([['한국어 요약.']]), 'en');
    expect(md).toContain('*No English for this summary yet — showing the Korean.*\n\n- 한국어 요약.\n');
    expect(md).toContain('Summary from the ');
  });

  test('labels, bold, code and named links as Markdown; continuation lines stay in their item', () => {
    const md = paperMarkdown(
      synthetic([
        [{ label: "What's New" }, ' Aquila2 시리즈는 다음과 같은 특징을 가지고 있습니다:\n1. ', { b: 'Tokenizer' }, ': 10만 단어 BPE 사용.\n2. ', { code: 'a`b' }, ' 참고'],
        ['자세한 내용은 ', { text: 'GitHub 저장소', url: 'https://github.com/FlagAI-Open/Aquila2' }, '에서 확인하세요.'],
        ['괄호가 든 링크 ', { text: '위키', url: 'https://en.wikipedia.org/wiki/Foo_(bar)' }],
      ]),
      'ko',
    );
    expect(md).toContain("- **What's New**: Aquila2 시리즈는 다음과 같은 특징을 가지고 있습니다:\n  1. **Tokenizer**: 10만 단어 BPE 사용.\n  2. ``a`b`` 참고\n");
    expect(md).toContain('- 자세한 내용은 [GitHub 저장소](https://github.com/FlagAI-Open/Aquila2)에서 확인하세요.\n');
    expect(md).toContain('- 괄호가 든 링크 [위키](<https://en.wikipedia.org/wiki/Foo_(bar)>)\n');
  });

  test('nested lists indented under their bullet, numbered from their first number; emphasis; no stray markup', () => {
    const md = paperMarkdown(synthetic([parseInline('목록:\n3) 가\n  이어짐\n4) *나*\n  - 다'), parseInline('***L*: 끝.**: 3.2')]), 'ko');
    expect(md).toContain('\n- 목록:\n  3. 가\n       이어짐\n  4. *나*\n  - 다\n- **L**: 끝.: 3.2\n');
  });

  test('a link that is not http(s) stays text', () => {
    const md = paperMarkdown(synthetic([['보기: ', { text: 'click', url: 'javascript:alert(1)' }]]), 'ko');
    expect(md).toContain('- 보기: click\n');
    expect(md).not.toContain('javascript');
  });

  test('TeX and Markdown characters in a title are kept readable and inert', () => {
    const md = paperMarkdown(synthetic([['x']], { title: 'LLM$\\times$MapReduce: *fast* [v2] <b>' }), 'ko');
    expect(md.split('\n')[0]).toBe('[LLM$\\times$MapReduce: \\*fast\\* \\[v2\\] \\<b>](https://arxiv.org/abs/2408.07410)');
  });

  test('old-style IDs link to their abs page', () => {
    const md = paperMarkdown({ date: '2024-01-01', paper: { ...synthetic([['x']]).paper, id: 'hep-th/9901001' } }, 'en');
    expect(md.split('\n')[0]).toContain('(https://arxiv.org/abs/hep-th/9901001)');
  });
});

describe('markdownText', () => {
  test.each([
    ['plain 한국어 text', 'plain 한국어 text'],
    ['snake_case stays', 'snake_case stays'],
    ['_emphasis_ escaped', '\\_emphasis\\_ escaped'],
    ['a * b', 'a \\* b'],
    ['`code`', '\\`code\\`'],
    ['[link](x)', '\\[link\\](x)'],
    ['<script>', '\\<script>'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['$\\times$ stays', '$\\times$ stays'],
    ['a \\* b', 'a \\\\\\* b'],
    ['ends with \\', 'ends with \\\\'],
    ['&amp; entity', '\\&amp; entity'],
    ['R&D', 'R&D'],
  ])('%j → %j', (input, expected) => expect(markdownText(input)).toBe(expected));
});
