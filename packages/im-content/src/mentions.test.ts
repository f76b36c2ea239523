import { describe, expect, it } from 'vitest';
import { mentionedIds, normalizeMentions } from './mentions.js';

describe('normalizeMentions', () => {
  const cases: Array<[string, string]> = [
    ['<at id=ou_1>', '<at user_id="ou_1"></at>'],
    ['<at id=ou_1></at>', '<at user_id="ou_1"></at>'],
    ['<at id="ou_1"></at>', '<at user_id="ou_1"></at>'],
    ["<at id='ou_1'></at>", '<at user_id="ou_1"></at>'],
    ['<at open_id=ou_1>', '<at user_id="ou_1"></at>'],
    ['<at open_id="ou_1">', '<at user_id="ou_1"></at>'],
    ['<at user_id=ou_1>', '<at user_id="ou_1"></at>'],
    ['<at user_id="ou_1"></at>', '<at user_id="ou_1"></at>'],
    ['<at id = "ou_1" >', '<at user_id="ou_1"></at>'],
    ['<at id=ou_1/>', '<at user_id="ou_1"></at>'],
    ['<at id="ou_1" />', '<at user_id="ou_1"></at>'],
    ['<AT ID=ou_1></AT>', '<at user_id="ou_1"></at>'],
    ['<at id=ou_1>Ann</at>', '<at user_id="ou_1">Ann</at>'],
    ['<at id=all>', '<at user_id="all"></at>'],
    ['<at user_id="ALL"></at>', '<at user_id="all"></at>'],
    ['<at id=ou_1> hi <at id=ou_2>', '<at user_id="ou_1"></at> hi <at user_id="ou_2"></at>'],
    ['<at id=ou_1> then text', '<at user_id="ou_1"></at> then text'],
    ['<at id=ou_1/>Ann</at>', '<at user_id="ou_1"></at>Ann</at>'],
    ['no mentions here', 'no mentions here'],
    ['<at email="a@b.c">', '<at email="a@b.c">'],
    ['<at id="ou_1" name="x">', '<at id="ou_1" name="x">'],
    ['<at id="">', '<at id="">'],
    ['<atom id=ou_1>', '<atom id=ou_1>'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(normalizeMentions(input)).toBe(expected);
  });
  it('is idempotent', () => {
    const once = normalizeMentions('<at id=ou_1> <at open_id=\'ou_2\'>Bo</at> <at id=all/>');
    expect(normalizeMentions(once)).toBe(once);
  });
});

describe('mentionedIds', () => {
  it('lists distinct ids in order, all in lower case', () => {
    expect(mentionedIds('<at id=ou_2> <at user_id="ou_1"></at> <at id=ou_2> <at id=ALL>')).toEqual(['ou_2', 'ou_1', 'all']);
  });
});
