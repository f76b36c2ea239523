import { describe, expect, it } from 'vitest';
import { messageResources, type MessageResource } from './resources.js';

describe('messageResources', () => {
  const post = JSON.stringify({
    zh_cn: {
      title: 'Week',
      content: [
        [{ tag: 'img', image_key: 'img_a' }, { tag: 'text', text: 'x' }],
        [{ tag: 'media', file_key: 'file_v', image_key: 'img_cover' }],
        [{ tag: 'img', image_key: 'img_a' }],
      ],
    },
    files: [
      { key: 'file_att', name: 'spec.docx' },
      { key: 'fold_1', name: 'drafts', is_folder: true },
    ],
  });
  const cases: Array<[string, string, string, MessageResource[]]> = [
    ['image', 'image', '{"image_key":"img_1"}', [{ type: 'image', key: 'img_1' }]],
    ['file with its name', 'file', '{"file_key":"file_1","file_name":"a.pdf"}', [{ type: 'file', key: 'file_1', name: 'a.pdf' }]],
    ['audio', 'audio', '{"file_key":"file_au","duration":3000}', [{ type: 'file', key: 'file_au' }]],
    [
      'video and its cover',
      'media',
      '{"file_key":"file_v","image_key":"img_c","file_name":"demo.mp4"}',
      [
        { type: 'file', key: 'file_v', name: 'demo.mp4' },
        { type: 'image', key: 'img_c' },
      ],
    ],
    [
      'post: images, videos with covers, attachment files (no folders), each once',
      'post',
      post,
      [
        { type: 'image', key: 'img_a' },
        { type: 'file', key: 'file_v' },
        { type: 'image', key: 'img_cover' },
        { type: 'file', key: 'file_att', name: 'spec.docx' },
      ],
    ],
    ['sticker: not downloadable', 'sticker', '{"file_key":"file_s"}', []],
    ['card: none', 'interactive', '{"elements":[{"tag":"img","img_key":"img_x"}]}', []],
    ['text: none', 'text', '{"text":"hi"}', []],
    ['recalled or merged: not JSON', 'merge_forward', 'Merged and Forwarded Message', []],
  ];
  it.each(cases)('%s', (_name, msgType, content, expected) => {
    expect(messageResources(msgType, content)).toEqual(expected);
  });
});
