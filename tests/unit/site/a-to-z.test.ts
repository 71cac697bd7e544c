import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../../src/lib/site/a-to-z.ts';

describe('initialOf', () => {
  it.each([
    ['Advisory', 'A'],
    ['Über diese Website', 'U'], // umlaut filed under its base letter, as in German indexes
    ['Éléments', 'E'],
    ['« Citer »', 'C'], // leading quotation marks are skipped
    ['2016 migration', '#'],
    ['', '#'],
  ])('%s → %s', (title, letter) => {
    expect(initialOf(title)).toBe(letter);
  });
});

describe('groupByInitial', () => {
  it('groups by letter in order, "#" last, titles sorted by the language', () => {
    const pages = ['Zeta', 'Äpfel', 'Apfel', '2019', 'beta'].map((title) => ({ title, href: `/${title}` }));
    expect(groupByInitial(pages, 'de-CH').map((g) => [g.letter, g.pages.map((p) => p.title)])).toEqual([
      ['A', ['Apfel', 'Äpfel']],
      ['B', ['beta']],
      ['Z', ['Zeta']],
      ['#', ['2019']],
    ]);
  });
});
