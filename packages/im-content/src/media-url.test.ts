import { describe, expect, it } from 'vitest';
import { buildContent, classifyMediaValue, dryRunResolution, mediaUrlOf, planContent, type MediaFlag } from './content.js';
import { errorOf } from './test-support.js';
import { checkMediaUrl, fetchedMediaProblem, linkFallbackText, looksLikeUrl, remoteFileName } from './media-url.js';


describe('looksLikeUrl', () => {
  it.each([
    ['https://x.test/a.png', true],
    ['HTTP://x.test/a.png', true],
    ['ftp://x.test/a', true],
    ['./https://x', false],
    ['docs/a.png', false],
    ['img_abc', false],
    ['mailto:a@b.c', false],
  ])('%j → %s', (v, want) => expect(looksLikeUrl(v)).toBe(want));
});

describe('classifyMediaValue with an https:// URL', () => {
  it.each([
    ['image', 'https://cdn.test/pics/chart.png', { endpoint: 'image', fileName: 'chart.png', maxBytes: 10485760, wantsDuration: false, placeholder: '<image_key of https://cdn.test/pics/chart.png>' }],
    ['video-cover', 'https://cdn.test/c', { endpoint: 'image', fileName: 'c', maxBytes: 10485760, wantsDuration: false, placeholder: '<image_key of https://cdn.test/c>' }],
    ['file', 'https://cdn.test/docs/Q3%20plan.xlsx?sig=1', { endpoint: 'file', fileType: 'xls', fileName: 'Q3_plan.xlsx', maxBytes: 31457280, wantsDuration: false, placeholder: '<file_key of https://cdn.test/docs/Q3%20plan.xlsx?sig=1>' }],
    ['file', 'https://cdn.test/', { endpoint: 'file', fileType: 'stream', fileName: 'download', maxBytes: 31457280, wantsDuration: false, placeholder: '<file_key of https://cdn.test/>' }],
    ['video', 'https://cdn.test/v/clip.mp4', { endpoint: 'file', fileType: 'mp4', fileName: 'clip.mp4', maxBytes: 31457280, wantsDuration: true, placeholder: '<file_key of https://cdn.test/v/clip.mp4>' }],
    ['video', 'https://cdn.test/watch?v=1', { endpoint: 'file', fileType: 'stream', fileName: 'watch', maxBytes: 31457280, wantsDuration: true, placeholder: '<file_key of https://cdn.test/watch?v=1>' }],
    ['audio', 'https://cdn.test/memo.ogg', { endpoint: 'file', fileType: 'opus', fileName: 'memo.ogg', maxBytes: 31457280, wantsDuration: true, placeholder: '<file_key of https://cdn.test/memo.ogg>' }],
  ] as Array<[MediaFlag, string, object]>)('--%s %s is downloaded, then uploaded', (flag, value, rest) => {
    expect(classifyMediaValue(flag, value)).toEqual({ kind: 'upload', upload: { flag, path: value, url: new URL(value).href, ...rest } });
  });

  const long = `https://cdn.test/${'a'.repeat(2030)}.png`;
  it.each([
    ['image', 'http://cdn.test/a.png', '--image "http://cdn.test/a.png" uses plain http; media is only downloaded over https, so that nobody on the way can swap the file.'],
    ['file', 'ftp://cdn.test/a.pdf', '--file "ftp://cdn.test/a.pdf": the scheme ftp is not supported.'],
    ['file', 'file:///etc/passwd', '--file "file:///etc/passwd": the scheme file is not supported.'],
    ['image', 'https://u:p@cdn.test/a.png', '--image holds a URL with a user name or password, which is never sent.'],
    ['image', 'https://exa mple.test/a.png', '--image "https://exa mple.test/a.png" is not a valid URL.'],
    ['image', long, `--image is a URL of ${long.length} characters; at most 2048 are accepted.`],
    ['video', 'https://cdn.test/clip.mov', '--video "https://cdn.test/clip.mov" is not an .mp4 file; video messages only play MP4.'],
    ['audio', 'https://cdn.test/song.mp3', '--audio "https://cdn.test/song.mp3" is not an .opus or .ogg file; voice messages only play Opus.'],
  ] as Array<[MediaFlag, string, string]>)('--%s %s is refused before any fetch', (flag, value, problem) => {
    const e = errorOf(() => classifyMediaValue(flag, value));
    expect(e.field).toBe(flag);
    expect(e.problem).toBe(problem);
    expect(e.hint).toBeTruthy();
  });

  it('checkMediaUrl returns the parsed URL and the name from its path', () => {
    const { url, fileName } = checkMediaUrl('file', 'https://cdn.test/a/b/%E6%8A%A5%E5%91%8A.pdf');
    expect(url.hostname).toBe('cdn.test');
    expect(fileName).toBe('报告.pdf');
  });
});

describe('remoteFileName', () => {
  it.each([
    ['Content-Disposition wins', 'https://cdn.test/dl?id=3', { disposition: 'Q3 report.pdf', contentType: 'application/pdf' }, 'Q3_report.pdf'],
    ['a disposition with folders keeps the last segment', 'https://cdn.test/dl', { disposition: '../../etc/passwd' }, 'passwd'],
    ['a disposition of dots only falls back to the URL', 'https://cdn.test/files/a.csv', { disposition: '..' }, 'a.csv'],
    ['the URL path otherwise', 'https://cdn.test/files/a.csv', {}, 'a.csv'],
    ['the Content-Type adds a missing extension', 'https://cdn.test/media/voice', { contentType: 'audio/ogg' }, 'voice.ogg'],
    ['nothing names it', 'https://cdn.test/', { contentType: 'application/octet-stream' }, 'download'],
    ['a chosen fallback', 'https://cdn.test/', { contentType: 'image/png', fallback: 'image' }, 'image.png'],
  ])('%s', (_name, url, o, want) => expect(remoteFileName(url, o)).toBe(want));
});

describe('fetchedMediaProblem', () => {
  it.each([
    ['video', 'clip.mp4', undefined],
    ['video', 'page.html', 'it is not an MP4 video ("page.html")'],
    ['audio', 'voice.ogg', undefined],
    ['audio', 'voice.opus', undefined],
    ['audio', 'song.mp3', 'it is not an Opus audio file ("song.mp3")'],
    ['file', 'anything', undefined],
    ['image', 'anything', undefined],
  ] as Array<[MediaFlag, string, string | undefined]>)('--%s %s', (flag, name, want) => expect(fetchedMediaProblem(flag, name)).toBe(want));
});

describe('the text-link fallback', () => {
  it('the content flag given as a URL falls back to a text message holding the link, with a warning', () => {
    const plan = planContent({ image: 'https://cdn.test/chart.png' });
    expect(mediaUrlOf(plan)).toEqual({ flag: 'image', url: 'https://cdn.test/chart.png' });
    expect(buildContent(plan, { linkFallback: { reason: 'the server answered HTTP 404' } })).toEqual({
      msgType: 'text',
      content: JSON.stringify({ text: '[image could not be attached] https://cdn.test/chart.png' }),
      warnings: ['--image: https://cdn.test/chart.png could not be attached (the server answered HTTP 404); the link was sent as a text message instead.'],
    });
  });

  it('a video given as a URL falls back to its own link, whatever the cover is', () => {
    const plan = planContent({ video: 'https://cdn.test/clip.mp4', videoCover: 'img_1' });
    expect(buildContent(plan, { linkFallback: { reason: 'x' } }).content).toBe(JSON.stringify({ text: `${linkFallbackText('video', 'https://cdn.test/clip.mp4')}` }));
    expect(linkFallbackText('video', 'https://cdn.test/clip.mp4')).toBe('[video could not be attached] https://cdn.test/clip.mp4');
  });

  it('a local or key content flag has no link to fall back to', () => {
    expect(mediaUrlOf(planContent({ video: 'clip.mp4', videoCover: 'https://cdn.test/c.png' }))).toBeUndefined();
    expect(mediaUrlOf(planContent({ image: 'img_1' }))).toBeUndefined();
  });

  it('a dry run puts placeholder keys in place of the URL uploads', () => {
    const plan = planContent({ video: 'https://cdn.test/clip.mp4', videoCover: 'https://cdn.test/c.png' });
    expect(buildContent(plan, dryRunResolution(plan)).content).toBe(JSON.stringify({ file_key: '<file_key of https://cdn.test/clip.mp4>', image_key: '<image_key of https://cdn.test/c.png>' }));
  });
});
