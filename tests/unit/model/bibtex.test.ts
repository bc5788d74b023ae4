import { describe, expect, test } from 'vitest';
import { bibtexEntry, bibtexKey, bibtexTitle, surnameKey, titleKeyWord, type CitedPaper } from '../../../src/model/bibtex';
import { loadRealDay, paperOf } from '../helpers';

const paper = (title: string, authors: string[] = ['Ada Lovelace'], id = '2311.12983'): CitedPaper => ({ id, title, authors });

describe('bibtexEntry', () => {
  test('GAIA from the real digest: arXiv-style key and fields, authors joined with "and"', () => {
    const gaia = paperOf(loadRealDay(), '2311.12983');
    expect(bibtexEntry(gaia)).toBe(
      [
        '@misc{mialon2023gaia,',
        '  title = {{GAIA}: a benchmark for General {AI} Assistants},',
        '  author = {Grégoire Mialon and Clémentine Fourrier and Craig Swift and Thomas Wolf and Yann LeCun and Thomas Scialom},',
        '  year = {2023},',
        '  eprint = {2311.12983},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2311.12983},',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('no authors: no author field, and the key says arxiv instead of a name', () => {
    const entry = bibtexEntry(paper('Orca 2: Teaching Small Language Models How to Reason', [], '2311.11045'));
    expect(entry).not.toContain('author');
    expect(entry.split('\n')[0]).toBe('@misc{arxiv2023orca,');
  });

  test('an old-style ID: year from the ID (1999), eprint as written, its archive as primaryClass', () => {
    const entry = bibtexEntry(paper('The Large N Limit of Superconformal Field Theories and Supergravity', ['Juan M. Maldacena'], 'hep-th/9711200'));
    expect(entry).toContain('@misc{maldacena1997large,');
    expect(entry).toContain('  year = {1997},');
    expect(entry).toContain('  eprint = {hep-th/9711200},');
    expect(entry).toContain('  primaryClass = {hep-th},');
    expect(entry).toContain('  url = {https://arxiv.org/abs/hep-th/9711200},');
  });

  test('every field line is closed and braces balance, whatever the title', () => {
    for (const title of ['Odd { brace', 'Odd } brace', '{Balanced} {Text}', 'Price $200k', '100% & #1 _under_ \\emph{x}', '$x$ and $y']) {
      const entry = bibtexEntry(paper(title));
      let depth = 0;
      for (let i = 0; i < entry.length; i++) {
        if (entry[i - 1] === '\\') continue;
        if (entry[i] === '{') depth++;
        if (entry[i] === '}') depth--;
        expect(depth, `${title}: ${entry}`).toBeGreaterThanOrEqual(0);
      }
      expect(depth, title).toBe(0);
    }
  });

  test('special characters in author names are escaped, accents kept as UTF-8', () => {
    const entry = bibtexEntry(paper('A Title', ['Anders Øland', 'R&D Team_1', 'José Núñez']));
    expect(entry).toContain('author = {Anders Øland and R\\&D Team\\_1 and José Núñez},');
  });
});

describe('bibtexTitle', () => {
  test.each([
    // TeX math is kept exactly as written
    ['LLM$\\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models', '{LLM}$\\times${MapReduce}: Simplified {Long-Sequence} Processing using Large Language Models'],
    ['$VILA^2$: VILA Augmented VILA', '$VILA^2$: {VILA} Augmented {VILA}'],
    ['M$^{2}$UGen: Multi-modal Music', 'M$^{2}${UGen}: Multi-modal Music'],
    ['$ε$-VAE: Denoising as Visual Decoding', '$ε${-VAE}: Denoising as Visual Decoding'],
    // text specials escaped, capitals protected around them
    ['GPQA: A Graduate-Level Google-Proof Q&A Benchmark', '{GPQA}: A {Graduate-Level} {Google-Proof} {Q\\&A} Benchmark'],
    ['70% Size, 100% Accuracy', '70\\% Size, 100\\% Accuracy'],
    ['I&S-ViT: An Inclusive & Stable Method', '{I\\&S-ViT}: An Inclusive \\& Stable Method'],
    ['Data_set #1', 'Data\\_set \\#1'],
    // a lone dollar is money, not math
    ['Open-Sora 2.0: Training a Commercial-Level Video Generation Model in $200k', '{Open-Sora} 2.0: Training a {Commercial-Level} Video Generation Model in \\$200k'],
    // TeX commands and grouping are the author's: kept, not re-braced
    ['AutoCoder: Enhancing Code Large Language Model with \\textsc{AIEV-Instruct}', 'AutoCoder: Enhancing Code Large Language Model with \\textsc{AIEV-Instruct}'],
    ['Already \\& escaped', 'Already \\& escaped'],
    // unbalanced braces are escaped so the field still closes
    ['Odd { brace', 'Odd \\{ brace'],
    // Korean stays as it is
    ['한국어 LLM 평가', '한국어 {LLM} 평가'],
  ])('%s', (title, expected) => expect(bibtexTitle(title)).toBe(expected));
});

describe('bibtexKey', () => {
  test.each([
    ['Grégoire Mialon', 'mialon'],
    ['Mialon, Grégoire', 'mialon'],
    ['Martin Luther King Jr.', 'king'],
    ['Aleksander Hołyński', 'holynski'],
    ['Alexander Moßhammer', 'mosshammer'],
    ['Anders Øland', 'oland'],
    ['Adrià Garriga-Alonso', 'garrigaalonso'],
    ['Yann LeCun', 'lecun'],
    ['김철수', ''],
  ])('surname of %s → %j', (name, key) => expect(surnameKey(name)).toBe(key));

  test.each([
    ['GAIA: a benchmark for General AI Assistants', 'gaia'],
    ['A Survey on Large Language Models', 'survey'],
    ['The Curse of Recursion', 'curse'],
    ['LLM$\\times$MapReduce: Simplified', 'llmmapreduce'],
    ['$VILA^2$: VILA Augmented VILA', 'vila'],
    ['PG-Video-LLaVA: Pixel Grounding', 'pgvideollava'],
    ['On the Measure of Intelligence', 'measure'],
    ['$\\textbf{Only-IF}$:Revealing the Decisive Effect', 'revealing'],
    ['한국어 제목', ''],
  ])('first title word of %s → %j', (title, word) => expect(titleKeyWord(title)).toBe(word));

  test('a surname with no ASCII form gives the key "arxiv"', () => {
    expect(bibtexKey(paper('Korean LLM', ['김철수'], '2401.00001'))).toBe('arxiv2024korean');
  });
});
