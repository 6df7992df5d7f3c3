import { randomInt } from 'node:crypto';

const ADJECTIVES = ['quiet', 'gentle', 'brave', 'steady', 'kind', 'bright', 'calm', 'warm', 'hopeful', 'patient',
  'curious', 'sunny', 'misty', 'amber', 'silver', 'willow', 'cedar', 'river', 'meadow', 'harbor'];
const NOUNS = ['heron', 'otter', 'sparrow', 'fern', 'maple', 'robin', 'finch', 'lark', 'aspen', 'birch',
  'wren', 'pebble', 'comet', 'lantern', 'harbor', 'thistle', 'clover', 'juniper', 'dove', 'badger'];

/** A friendly random pseudonym such as `quiet-heron-4821`: members are pseudonymous by default. */
export function generateHandle(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]}-${NOUNS[randomInt(NOUNS.length)]}-${randomInt(1000, 10000)}`;
}

export const HANDLE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
