/**
 * ReDoS and size bait (hostile-servers.md #14): a megabyte of input through every reader ends
 * well inside a generous budget (the real one is the Free plan's 10 ms of CPU per request; the
 * check reads at most 512 KiB, so these inputs are twice what it ever parses).
 */
import { describe, expect, it } from 'vitest';
import { readServerBuild } from '../../../src/lib/exchange/build.ts';
import { normaliseHostInput } from '../../../src/lib/probe/host.ts';
import { parseExportToolManifest, parseLogonPage } from '../../../src/lib/probe/parsers.ts';
import { resolveRedirect } from '../../../src/lib/probe/redirect.ts';

const MB = 1024 * 1024;
// Linear parsers take a few ms for 1 MB; a backtracking one takes seconds. The budget catches that
// even on a busy CI machine.
const BUDGET_MS = 1000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const BAIT = {
  'digits and dots without end': fill('1.'),
  'OWA paths without end': fill('/owa/auth/1.1.1'),
  'OWA paths that almost match': fill('/owa/auth/15.2.1748.'),
  '2010 paths that almost match': fill('/owa/14.3.513.'),
  '<link without >': fill('<link '),
  'deeply nested tags': fill('<div><span>'),
  'assemblyIdentity without >': fill('<assemblyIdentity version="15.2.1748.'),
  'version= without quotes': fill(' version=version='),
  NULs: fill('\u0000'),
};

describe('1 MB of bait', () => {
  it.each(Object.entries(BAIT))('%s: every parser within the budget', (_name, text) => {
    expect(timed(() => parseLogonPage(text))).toBeLessThan(BUDGET_MS);
    expect(timed(() => parseExportToolManifest(text))).toBeLessThan(BUDGET_MS);
    expect(timed(() => readServerBuild(text))).toBeLessThan(BUDGET_MS);
    expect(timed(() => resolveRedirect(text, new URL('https://mail.example.com/')))).toBeLessThan(BUDGET_MS);
  });

  it.each([
    ['spaces around a host', `${' '.repeat(MB)}mail.example.com${' '.repeat(MB)}`],
    ['a long label', `${'a'.repeat(MB)}.com`],
    ['many dots', fill('a.')],
    ['a scheme-like prefix', `${'a'.repeat(MB)}:`],
    ['many colons', fill('a:')],
    ['brackets', fill('[::')],
  ])('host input, %s: refused or accepted within the budget', (_name, input) => {
    expect(
      timed(() => {
        try {
          normaliseHostInput(input);
        } catch {
          // refused is fine; the time is what counts
        }
      }),
    ).toBeLessThan(BUDGET_MS);
  });
});
