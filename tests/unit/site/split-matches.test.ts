import { describe, expect, it } from 'vitest';
import { splitMatches } from '../../../src/lib/site/split-matches.ts';

describe('splitMatches', () => {
  it.each([
    ['no match', 'plain text', [['plain text', false]]],
    [
      'a match between runs',
      'a [b] c',
      [
        ['a ', false],
        ['[b]', true],
        [' c', false],
      ],
    ],
    [
      'matches at both ends, side by side',
      '[a][b]',
      [
        ['[a]', true],
        ['[b]', true],
      ],
    ],
    ['the empty text', '', []],
  ] as const)('%s', (_why, text, expected) => {
    const parts = splitMatches(text, /\[[a-z]\]/g).map((p) => [p.text, p.match !== undefined]);
    expect(parts).toEqual(expected);
  });

  it('keeps the groups of each match', () => {
    const [, marker] = splitMatches('see [term](glossary:id)', /\[([^\]]+)\]\(glossary:([a-z]+)\)/g);
    expect(marker?.match?.slice(1)).toEqual(['term', 'id']);
  });
});
