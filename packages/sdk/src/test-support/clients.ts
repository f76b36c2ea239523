import { LarkClient, type LarkClientOptions } from '../index.js';
import type { TestServer } from './server.js';

export const APP = { appId: 'cli_test', appSecret: 'secret-1' } as const;

/** A client pointed at the test server, retrying fast unless told otherwise. */
export function clientFor(server: TestServer, options: Partial<LarkClientOptions> = {}): LarkClient {
  return new LarkClient({ ...APP, baseUrl: server.url, retryBaseDelayMs: 1, ...options });
}

export const SEND = {
  params: { receive_id_type: 'chat_id' as const },
  data: { receive_id: 'oc_1', msg_type: 'text' as const, content: '{"text":"hi"}' },
};
