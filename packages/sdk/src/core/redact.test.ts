import { describe, expect, it } from 'vitest';
import { redactDeep, redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  it.each([
    ['<pre>authorization: Bearer t-g1044abcdefghijklmnop</pre>', '<pre>authorization: Bearer ***</pre>'],
    ['Authorization: Basic Y2xpOnNlY3JldA==', 'Authorization: Basic ***'],
    ['sent Bearer u-0123456789abcdef0123 upstream', 'sent Bearer *** upstream'],
    ['{"app_secret":"demo-app-secret","app_id":"cli_1"}', '{"app_secret":"***","app_id":"cli_1"}'],
    ['refresh_token=ur-abcdefghijklmnop1234&x=1', 'refresh_token=***&x=1'],
    ['token t-0123456789abcdef0123456789 expired', 'token t-*** expired'],
    ['cookie: session=abc123; other', 'cookie: ***; other'],
    ['<h1>502 Bad Gateway</h1>', '<h1>502 Bad Gateway</h1>'],
    ['the chat-id is not-found and t-shirts are out', 'the chat-id is not-found and t-shirts are out'],
    ['Run lark-cli config init --app-secret-stdin', 'Run lark-cli config init --app-secret-stdin'],
  ])('%j -> %j', (input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });

  it('reaches every string of a nested value', () => {
    expect(redactDeep({ a: ['Bearer t-0123456789abcdef0123'], n: 1, b: { c: 'password: hunter2' } })).toEqual({ a: ['Bearer ***'], n: 1, b: { c: 'password: ***' } });
  });
});
