/**
 * Text for synthetic papers: titles, authors, teaser URLs, Korean bullets and their English translations.
 * The point is realistic *sizes and shapes* (what the extension parses, validates, ships and renders),
 * not meaning: Korean bullets of ~100–200 characters, English ones roughly 1.6× longer, a URL in some
 * bullets, kept identical in both languages because the compiler checks that.
 */
import type { Rng } from './prng';

const TERMS: readonly [ko: string, en: string][] = [
  ['대규모 언어 모델(LLM)', 'large language models (LLMs)'],
  ['확산 모델', 'diffusion models'],
  ['강화 학습', 'reinforcement learning'],
  ['비전-언어 모델', 'vision-language models'],
  ['멀티모달 추론', 'multimodal reasoning'],
  ['3D 가우시안 스플래팅', '3D Gaussian splatting'],
  ['텍스트-비디오 생성', 'text-to-video generation'],
  ['지식 증류', 'knowledge distillation'],
  ['인간 피드백 기반 강화 학습(RLHF)', 'reinforcement learning from human feedback (RLHF)'],
  ['직접 선호 최적화(DPO)', 'direct preference optimization (DPO)'],
  ['저랭크 적응(LoRA)', 'low-rank adaptation (LoRA)'],
  ['검색 증강 생성(RAG)', 'retrieval-augmented generation (RAG)'],
  ['트랜스포머 아키텍처', 'the Transformer architecture'],
  ['자기 지도 학습', 'self-supervised learning'],
  ['음성 인식', 'speech recognition'],
  ['코드 생성', 'code generation'],
  ['신경 방사 필드(NeRF)', 'neural radiance fields (NeRF)'],
  ['혼합 전문가(MoE) 모델', 'mixture-of-experts (MoE) models'],
];

// Each clause takes a term ({t}) and, in the Korean sentence, ends in a connective so clauses chain.
const CLAUSES: readonly [ko: string, en: string][] = [
  ['본 연구는 {t}의 한계를 분석하고 이를 극복하기 위한 새로운 학습 방법을 제안하며', 'this work analyses the limits of {t} and proposes a new training method to overcome them'],
  ['기존 방법들은 대규모 데이터셋과 막대한 계산 자원을 필요로 하는 반면', 'whereas existing methods require large datasets and vast compute'],
  ['제안된 방법은 {t}을 활용하여 추가 학습 없이도 성능을 크게 향상시키고', 'the proposed method uses {t} to improve performance substantially without extra training'],
  ['실험 결과 여러 벤치마크에서 최신 기법 대비 평균 12% 높은 정확도를 달성하였으며', 'experiments show on average 12% higher accuracy than the state of the art on several benchmarks'],
  ['연구팀은 {t}의 내부 표현을 시각화하여 모델이 학습하는 구조를 설명하고', 'the team visualises the internal representations of {t} to explain the structure the model learns'],
  ['이 접근법은 추론 비용을 절반 이하로 줄이면서도 생성 품질을 유지하며', 'the approach cuts inference cost by more than half while keeping generation quality'],
  ['인간 평가에서도 제안된 모델이 기존 모델보다 선호되는 것으로 나타났고', 'human evaluations also prefer the proposed model over existing ones'],
  ['저자들은 {t}을 위한 새로운 평가 데이터셋과 측정 지표를 함께 공개하며', 'the authors also release a new evaluation dataset and metric for {t}'],
  ['모델의 크기를 키울수록 성능이 안정적으로 향상되는 스케일링 경향을 확인하였고', 'they observe a steady scaling trend in which performance improves with model size'],
  ['특히 긴 문맥과 복잡한 지시를 다루는 과제에서 두드러진 개선을 보이며', 'the gains are most visible on tasks with long contexts and complex instructions'],
  ['이론적 분석을 통해 제안된 목적 함수가 최적 정책으로 수렴함을 증명하고', 'a theoretical analysis proves that the proposed objective converges to the optimal policy'],
  ['다양한 도메인에 걸친 제로샷 실험에서 강건한 일반화 성능을 입증하였으며', 'zero-shot experiments across diverse domains demonstrate robust generalisation'],
];

const KO_ENDINGS: readonly string[] = ['이는 향후 연구의 중요한 기반이 될 것으로 기대됩니다.', '전체 파이프라인은 단일 GPU에서도 실행 가능합니다.', '이러한 결과는 {t} 분야의 새로운 방향을 제시합니다.'];
const EN_ENDINGS: readonly string[] = ['This is expected to become an important basis for future research.', 'The whole pipeline also runs on a single GPU.', 'These results point to a new direction for {t}.'];

const NAMES_FIRST = ['Wei', 'Jiho', 'Minseo', 'Anna', 'Lukas', 'Priya', 'Carlos', 'Yuki', 'Omar', 'Sofia', 'Daniel', 'Hyunwoo', 'Chen', 'Elena', 'Mateo', 'Aisha', 'Thomas', 'Seoyeon', 'Ivan', 'Grace'];
const NAMES_LAST = ['Kim', 'Zhang', 'Müller', 'Sharma', 'García', 'Tanaka', 'Haddad', 'Rossi', 'Park', 'Nguyen', 'Smith', 'Lee', 'Wang', 'Ivanova', 'Silva', 'Okafor', 'Dubois', 'Choi', 'Novak', 'Schmidt'];
const TITLE_NAMES = ['Lumina', 'Orca', 'Phoenix', 'Atlas', 'Nimbus', 'Quill', 'Vesper', 'Kite', 'Sable', 'Helix', 'Mosaic', 'Tandem', 'Prism', 'Ember', 'Delta'];
const TITLE_ADJ = ['Efficient', 'Scalable', 'Robust', 'Training-free', 'Unified', 'Interpretable', 'Controllable', 'Sparse', 'Self-improving', 'Faithful'];
const TITLE_NOUN = ['Alignment', 'Reasoning', 'Video Synthesis', 'Instruction Tuning', 'Scene Generation', 'Retrieval', 'Preference Learning', 'Tokenization', 'Evaluation', 'Distillation'];
const TITLE_TAIL = ['with Language Models', 'for Diffusion Transformers', 'at Scale', 'via Direct Feedback', 'in the Wild', 'from a Single Image', 'for Long-Context Agents', 'without Reward Models'];
const HOSTS = ['github.com', 'huggingface.co'];

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomString(rng: Rng, n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

export function title(rng: Rng): string {
  const parts = [`${rng.pick(TITLE_ADJ)} ${rng.pick(TITLE_NOUN)} ${rng.pick(TITLE_TAIL)}`];
  if (rng.chance(0.6)) parts.unshift(`${rng.pick(TITLE_NAMES)}${rng.chance(0.3) ? `-${rng.int(2, 9)}` : ''}:`);
  return parts.join(' ');
}

export function authors(rng: Rng): string[] {
  return Array.from({ length: rng.int(2, 11) }, () => `${rng.pick(NAMES_FIRST)} ${rng.pick(NAMES_LAST)}`);
}

export function teaserUrl(rng: Rng): string {
  const ext = rng.pick(['png', 'png', 'png', 'jpeg', 'gif']);
  return `https://cdn-uploads.huggingface.co/production/uploads/${randomString(rng, 24, '0123456789abcdef')}/${randomString(rng, 21)}.${ext}`;
}

function projectUrl(rng: Rng): string {
  const host = rng.pick(HOSTS);
  return `https://${host}/${randomString(rng, rng.int(5, 10)).toLowerCase()}/${rng.pick(TITLE_NAMES).toLowerCase()}-${randomString(rng, 4).toLowerCase()}`;
}

function fill(template: string, term: readonly [string, string], lang: 0 | 1): string {
  return template.replaceAll('{t}', term[lang]);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * One bullet in both languages. Clauses are chained until the Korean text reaches a target length of
 * 100–200 characters; the English side takes the same clauses, so the translation stays aligned.
 */
export function bulletPair(rng: Rng, withUrl: boolean): { ko: string; en: string } {
  const target = rng.int(100, 200);
  const term = rng.pick(TERMS);
  const ko: string[] = [];
  const en: string[] = [];
  let length = 0;
  while (length < target - 60) {
    const c = rng.pick(CLAUSES);
    ko.push(fill(c[0], term, 0));
    en.push(fill(c[1], term, 1));
    length += ko.at(-1)!.length + 1;
  }
  const ending = rng.int(0, KO_ENDINGS.length - 1);
  // The Korean clauses end in connectives (…하며, …하고): join them with ", " like real digest prose.
  let koText = `${ko.join(', ')}, ${fill(KO_ENDINGS[ending]!, term, 0)}`;
  let enText = `${capitalise(en.join(', and '))}. ${fill(EN_ENDINGS[ending]!, term, 1)}`;
  if (withUrl) {
    // A space after the URL: Korean particles right after a URL would otherwise be linked as part of it.
    const url = projectUrl(rng);
    koText += ` 코드와 모델은 ${url} 에서 공개되어 있습니다.`;
    enText += ` Code and models are available at ${url} for research use.`;
  }
  return { ko: koText, en: enText };
}
