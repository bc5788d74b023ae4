import { describe, expect, test, vi } from 'vitest';
import { createLane, translateFailure } from '../../../src/translate/lane';
import { DomLikeError, standInTranslator } from './stand-in';

describe('a lane', () => {
  test('makes one translator, one translate() at a time, and answers a repeated text from memory', async () => {
    let inFlight = 0;
    let most = 0;
    const api = standInTranslator({
      async translate(t) {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return `[${t}]`;
      },
    });
    const lane = createLane(api);
    const out = await Promise.all(['가', '나', '가', '다'].map((t) => lane.translate(t)));
    expect(out).toEqual(['[가]', '[나]', '[가]', '[다]']);
    expect(most).toBe(1);
    expect(api.created).toBe(1);
    await lane.translate('가');
    expect(api.texts.filter((t) => t === '가').length).toBeLessThanOrEqual(2);
  });

  test('download progress is reported while create() runs', async () => {
    const seen: number[] = [];
    const api = standInTranslator({ availability: 'downloadable', download: [0, 0.25, 1] });
    const lane = createLane(api, { onProgress: (l) => seen.push(l) });
    await lane.ready(true);
    expect(seen).toEqual([0, 0.25, 1]);
  });

  test('without permission to download, a missing pack is not fetched', async () => {
    const api = standInTranslator({ availability: 'downloadable' });
    await expect(createLane(api).ready(false)).rejects.toMatchObject({ reason: 'not-allowed' });
    expect(api.created).toBe(0);
  });

  test('a download that makes no progress is given up as stalled, and can be tried again', async () => {
    vi.useFakeTimers();
    try {
      const api = standInTranslator({ availability: 'downloadable', download: 'stall' });
      const lane = createLane(api, { stallMs: 1000 });
      const made = lane.ready(true);
      const failed = expect(made).rejects.toMatchObject({ name: 'TranslatorUnavailableError', reason: 'stalled' });
      await vi.advanceTimersByTimeAsync(1001);
      await failed;
      api.options.download = [1];
      await expect(lane.ready(true)).resolves.toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });

  test('NotAllowedError (no click in a page), NotSupportedError and a failed download, in the UI\'s reasons', async () => {
    await expect(createLane(standInTranslator({ availability: 'downloadable', activation: () => false })).ready(true)).rejects.toMatchObject({ reason: 'not-allowed' });
    await expect(createLane(standInTranslator({ availability: 'unavailable' })).ready(true)).rejects.toMatchObject({ reason: 'unsupported' });
    await expect(createLane(standInTranslator({ availability: 'downloadable', download: 'fail' })).ready(true)).rejects.toMatchObject({ reason: 'download-failed' });
    // With the click it works.
    await expect(createLane(standInTranslator({ availability: 'downloadable', activation: () => true })).ready(true)).resolves.toBeDefined();
  });

  test('a busy translator is asked again after a pause; one that stays busy fails as busy', async () => {
    let calls = 0;
    const busy = new DomLikeError('NotAllowedError', 'Too many Translator API requests are queued.');
    const api = standInTranslator({
      translate(t) {
        if (++calls < 3) throw busy;
        return t.toUpperCase();
      },
    });
    expect(await createLane(api, { busyDelayMs: 1 }).translate('abc')).toBe('ABC');
    expect(calls).toBe(3);
    const stuck = standInTranslator({
      translate() {
        throw busy;
      },
    });
    await expect(createLane(stuck, { busyDelayMs: 1, busyRetries: 2 }).translate('x')).rejects.toMatchObject({ reason: 'busy' });
  });

  test('a text too long for the translator is cut at a sentence end and translated in two', async () => {
    const api = standInTranslator({
      translate(t) {
        if (t.length > 12) throw new DomLikeError('QuotaExceededError', 'The input is too large.');
        return `<${t}>`;
      },
    });
    expect(await createLane(api).translate('첫 문장이다. 둘째 문장이다.')).toBe('<첫 문장이다.>< 둘째 문장이다.>');
    const oneWord = standInTranslator({
      translate() {
        throw new DomLikeError('QuotaExceededError', 'too large');
      },
    });
    await expect(createLane(oneWord).translate('끝없는단어')).rejects.toMatchObject({ reason: 'too-long' });
  });

  test('failures map to reasons: aborted, too long, busy, anything else', () => {
    expect(translateFailure(new DomLikeError('AbortError', 'x')).reason).toBe('aborted');
    expect(translateFailure(new DomLikeError('InvalidStateError', 'destroyed')).reason).toBe('aborted');
    expect(translateFailure(new DomLikeError('QuotaExceededError', 'x')).reason).toBe('too-long');
    expect(translateFailure(new Error('Too many requests are queued')).reason).toBe('busy');
    expect(translateFailure(new Error('boom')).reason).toBe('failed');
  });

  test('reset destroys the translator and makes a new one next time', async () => {
    const api = standInTranslator();
    const lane = createLane(api);
    await lane.translate('가');
    lane.reset();
    await lane.translate('나');
    await Promise.resolve();
    expect([api.created, api.destroyed]).toEqual([2, 1]);
  });
});
