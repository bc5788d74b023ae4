import { describe, expect, test } from 'vitest';
import { parseVideoLine } from '../../../src/digest/video';

const MP4 = 'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/d0VHat4w8gM400SkeWPP7.mp4';

describe('parseVideoLine', () => {
  test.each([
    [`[Watch Video](${MP4})`, MP4],
    [`[Watch Video]${MP4}`, MP4],
    [`<div><video controls src="${MP4}" muted="false"></video></div>`, MP4],
    [`<video src='${MP4}'></video>`, MP4],
    // the URL as written: the parser, not this function, insists on https
    ['[Watch Video](javascript:alert(1))', 'javascript:alert(1)'],
  ])('%s', (line, url) => expect(parseVideoLine(line)).toBe(url));

  test.each([
    `<div><video controls src="${MP4}"></video>`,
    `<video controls src="${MP4}" onerror="alert(1)"><source src="x"></video>`,
    `<video src="${MP4}" src="https://evil.example/x.mp4"></video>`,
    `<video controls></video>`,
    `<video src="${MP4}" onerror="alert(1)"></video>`,
    `<video src="${MP4}" autoplay></video>`,
    `<img src="${MP4}">`,
    `<video src="${MP4}"></video> trailing`,
    '[Watch Video]',
    `[Watch Video] (${MP4})`,
    `Watch Video ${MP4}`,
  ])('%s is not a video line', (line) => expect(parseVideoLine(line)).toBeUndefined());
});
