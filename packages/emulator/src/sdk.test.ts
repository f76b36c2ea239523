import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lark from '@larksuiteoapi/node-sdk';
import { DEMO_APP_ID, LOGO_PNG } from './seed.js';
import { startEmulator, type Emulator } from './server.js';

let emu: Emulator;
let client: lark.Client;

beforeAll(async () => {
  emu = await startEmulator();
  client = new lark.Client({
    appId: emu.appId,
    appSecret: emu.appSecret,
    domain: emu.url,
    loggerLevel: lark.LoggerLevel.error,
  });
});
afterAll(async () => {
  await emu.close();
});

async function streamBytes(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

describe('the official Node SDK against the emulator', () => {
  it('runs a full chat scenario and leaves the state right', async () => {
    // create a chat as the bot with Alice as owner
    const chat = await client.im.chat.create({
      params: { user_id_type: 'open_id' },
      data: { name: 'SDK Room', description: 'made by the SDK test', chat_type: 'private', owner_id: 'ou_alice', user_id_list: ['ou_alice'] },
    });
    expect(chat.code).toBe(0);
    const chatId = chat.data!.chat_id!;
    expect(chatId).toMatch(/^oc_/);
    expect(chat.data!.owner_id).toBe('ou_alice');
    expect(emu.state.chats.get(chatId)!.bots).toEqual([DEMO_APP_ID]);

    // add members
    const add = await client.im.chatMembers.create({
      path: { chat_id: chatId },
      params: { member_id_type: 'open_id' },
      data: { id_list: ['ou_bob', 'ou_carol'] },
    });
    expect(add.code).toBe(0);
    expect(add.data).toEqual({ invalid_id_list: [], not_existed_id_list: [], pending_approval_id_list: [] });
    expect(emu.state.chats.get(chatId)!.users).toEqual(['ou_alice', 'ou_bob', 'ou_carol']);

    // text, post and image messages
    const text = await client.im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text: 'hello from the SDK' }) },
    });
    expect(text.code).toBe(0);
    expect(text.data!.sender).toMatchObject({ id: DEMO_APP_ID, id_type: 'app_id', sender_type: 'app' });
    const post = await client.im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: {
        receive_id: chatId,
        msg_type: 'post',
        content: JSON.stringify({ en_us: { title: 'Plan', content: [[{ tag: 'text', text: 'step one' }, { tag: 'at', user_id: 'ou_bob' }]] } }),
      },
    });
    expect(post.code).toBe(0);
    expect(post.data!.mentions?.[0]).toMatchObject({ id: 'ou_bob', key: '@_user_1' });
    const upload = await client.im.image.create({ data: { image_type: 'message', image: LOGO_PNG } });
    const imageKey = upload!.image_key!;
    expect(imageKey).toMatch(/^img_/);
    expect(emu.state.resources.get(imageKey)!.data.equals(LOGO_PNG)).toBe(true);
    const image = await client.im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: chatId, msg_type: 'image', content: JSON.stringify({ image_key: imageKey }) },
    });
    expect(image.code).toBe(0);

    // list with the SDK's page iterator, two per page
    const seen: string[] = [];
    for await (const page of await client.im.message.listWithIterator({
      params: { container_id_type: 'chat', container_id: chatId, page_size: 2 },
    })) {
      for (const m of page?.items ?? []) seen.push(m.message_id!);
    }
    expect(seen).toEqual([text.data!.message_id, post.data!.message_id, image.data!.message_id]);

    // reply in a thread
    const reply = await client.im.message.reply({
      path: { message_id: text.data!.message_id! },
      data: { msg_type: 'text', content: JSON.stringify({ text: 'in a thread' }), reply_in_thread: true },
    });
    expect(reply.code).toBe(0);
    const threadId = reply.data!.thread_id!;
    expect(threadId).toMatch(/^omt_/);
    expect(reply.data).toMatchObject({ root_id: text.data!.message_id, parent_id: text.data!.message_id });
    expect(emu.state.threads.get(threadId)!.msgs).toEqual([text.data!.message_id, reply.data!.message_id]);
    expect(emu.state.messages.get(text.data!.message_id!)!.thread_id).toBe(threadId);

    // react and pin
    const react = await client.im.messageReaction.create({
      path: { message_id: text.data!.message_id! },
      data: { reaction_type: { emoji_type: 'THUMBSUP' } },
    });
    expect(react.code).toBe(0);
    expect(react.data!.operator).toEqual({ operator_id: DEMO_APP_ID, operator_type: 'app' });
    const pin = await client.im.pin.create({ data: { message_id: post.data!.message_id! } });
    expect(pin.code).toBe(0);
    expect(pin.data!.pin).toMatchObject({ message_id: post.data!.message_id, chat_id: chatId, operator_id: DEMO_APP_ID });
    expect(emu.state.pins.has(post.data!.message_id!)).toBe(true);

    // recall
    const recall = await client.im.message.delete({ path: { message_id: image.data!.message_id! } });
    expect(recall.code).toBe(0);
    const got = await client.im.message.get({ path: { message_id: image.data!.message_id! } });
    expect(got.data!.items![0]!.deleted).toBe(true);

    // download a resource of a message (the seeded file in oc_project)
    const res = await client.im.messageResource.get({ path: { message_id: 'om_file', file_key: 'file_report' }, params: { type: 'file' } });
    const bytes = await streamBytes(res.getReadableStream());
    expect(bytes.equals(emu.state.resources.get('file_report')!.data)).toBe(true);

    // one token request served every call
    expect(emu.requests().filter((r) => r.method_id === 'auth.tenant_access_token').length).toBe(1);
  });
});
