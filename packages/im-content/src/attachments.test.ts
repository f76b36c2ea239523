import { describe, expect, it } from 'vitest';
import { buildContent, planContent } from './content.js';
import { planAttachments } from './attachments.js';

describe('--attachment', () => {
  it('adds the attachment zone to a --markdown post', () => {
    const built = buildContent(planContent({ markdown: 'See the files', attachments: ['file_a', 'folder:fldAbc', 'file_a'] }));
    expect(JSON.parse(built.content)).toEqual({ zh_cn: { content: [[{ tag: 'md', text: 'See the files' }]] }, files: [{ key: 'file_a' }, { key: 'fldAbc', is_folder: true }] });
  });

  it('adds it to --content --msg-type post, replacing a files list there', () => {
    const built = buildContent(planContent({ content: '{"zh_cn":{"content":[[{"tag":"text","text":"x"}]]},"files":[{"key":"file_old"}]}', msgType: 'post', attachments: ['file_new'] }));
    expect(JSON.parse(built.content)).toEqual({ zh_cn: { content: [[{ tag: 'text', text: 'x' }]] }, files: [{ key: 'file_new' }] });
  });

  it.each([
    [{ text: 'hi', attachments: ['file_a'] }, '--attachment only goes with a post, but this message is text. Use it with --markdown, or with --content and --msg-type post.'],
    [{ markdown: 'x', attachments: ['./a.pdf'] }, '--attachment "./a.pdf" is not a file key (file_…) or folder:<key>. Upload the file first (lark-cli im images/files create, or send it with --file) and pass its file_… key.'],
  ])('refuses %j', (flags, message) => {
    expect(() => planContent(flags)).toThrow(message);
  });

  it('caps the list', () => {
    expect(() => planAttachments(Array.from({ length: 21 }, (_, i) => `file_${i}`))).toThrow('--attachment lists 21 entries; a post takes at most 20.');
  });
});
