import { describe, expect, it } from 'vitest';
import { mentionMarkup } from './mentions.js';

const people = [
  { id: 'ou_alice', name: 'Alice Chen' },
  { id: 'ou_al', name: 'Al' },
  { id: 'ou_bob', name: 'Bob Li' },
  { id: 'ou_bot', name: 'Demo Bot' },
];

describe('mentionMarkup', () => {
  it.each([
    ['full name', 'hi @Alice Chen!', 'hi <at user_id="ou_alice">Alice Chen</at>!'],
    ['first name when unique', 'ping @Bob', 'ping <at user_id="ou_bob">Bob</at>'],
    ['longest name wins over a shorter prefix', '@Al and @Alice', '<at user_id="ou_al">Al</at> and <at user_id="ou_alice">Alice</at>'],
    ['a name with a space (the bot)', '@Demo Bot help', '<at user_id="ou_bot">Demo Bot</at> help'],
    ['everyone', '@all stand-up', '<at user_id="all">all</at> stand-up'],
    ['not inside a word (email)', 'mail bob@Bob.example', 'mail bob@Bob.example'],
    ['not a prefix of a longer word', '@Bobby', '@Bobby'],
    ['unknown names stay as written', '@Zed @', '@Zed @'],
  ])('%s', (_, text, out) => {
    expect(mentionMarkup(text, people)).toBe(out);
  });
});
