/**
 * The advice matrix (issue 10): every product × CU class (oldest, middle, newest) × position in the
 * CU (oldest update, middle, newest, newer than the data) × precision (full build, CU only). The
 * rows are taken from the knowledge base; the expected first three steps and their parameters are
 * written here by hand, per class, as a careful Exchange administrator would order them. Every row
 * is rendered in all four languages.
 */
import { describe, expect, it } from 'vitest';
import { stepTexts } from '../../../src/components/result/step-texts.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { assess } from '../../../src/lib/exchange/assess.ts';
import { knowledge } from '../../../src/lib/exchange/knowledge.ts';
import type { AdviceStep } from '../../../src/lib/schemas/api.ts';

/** 1 December 2026: after the ESU periods, two Update Tuesdays after the data (2026-10-02). */
const TODAY = '2026-12-01';

type Position = 'oldest' | 'middle' | 'newest' | 'newer' | 'cu';
type Expected = [string, Record<string, unknown>][];

// ---- the steps, written out -------------------------------------------------------------------

const any = expect.anything();
const step = (id: string, params: Record<string, unknown> = {}): [string, Record<string, unknown>] => [id, params];
const exploited = (...cves: string[]) => step('check-compromise', { cves });
const exploitedAtLeast = (...cves: string[]) => step('check-compromise', { cves: expect.arrayContaining(cves) });
const noKnownExploited = step('check-compromise', { cves: [] });
const reduce = step('reduce-exposure');

const to2019Se = (cu: string, installFirst: string | null) => step('upgrade-2019-to-se', { cu, installFirst });
const cu15 = step('install-cu', {
  product: 'Exchange Server 2019',
  cu: 'CU15',
  build: '15.2.1748.10',
  kb: 'KB5042461',
});
// The last update of 2019 CU15 that anyone could download (October 2025), not the ESU-only Sep26SUv2.
const oct25For2019 = step('install-update', {
  cu: 'CU15',
  update: 'Oct25SU',
  build: '15.2.1748.39',
  kb: 'KB5066367',
  esuOnly: false,
  last: true,
});

const to2016Se = step('migrate-2016-to-se');
const cu23For2016 = step('install-cu', { product: 'Exchange Server 2016', cu: 'CU23', build: '15.1.2507.6' });
const oct25For2016 = step('install-update', {
  cu: 'CU23',
  update: 'Oct25SU',
  build: '15.1.2507.61',
  kb: 'KB5066369',
  esuOnly: false,
  last: true,
});

const legacy = (version: string, via: string) => step('migrate-legacy-to-se', { version, via });
const cu23For2013 = step('install-cu', { product: 'Exchange Server 2013', cu: 'CU23', build: '15.0.1497.2' });
const mar23For2013 = step('install-update', { cu: 'CU23', update: 'Mar23SU', build: '15.0.1497.48', last: true });
const sp3For2010 = step('install-cu', { product: 'Exchange Server 2010', cu: 'SP3', build: '14.3.123.4' });
const ru32For2010 = step('install-update', { cu: 'SP3', update: 'RU32', build: '14.3.513.0', last: true });

const sep26v2ForSe = step('install-update', {
  cu: 'RTM',
  update: 'Sep26SUv2',
  build: '15.2.2562.53',
  kb: 'KB5129955',
  esuOnly: false,
  last: false,
});
const lookForNewer = step('check-newer-updates', { dataVersion: '2026-10-02', url: any });

/**
 * By product and CU class: the first three steps for each position. End of life: the way out,
 * then interim protection (the last public update, less exposure), then the compromise check,
 * which comes right after the first protective step when a known-exploited CVE is open.
 */
const EXPECTED: Record<string, Partial<Record<Position, Expected>> & { all?: Expected }> = {
  // 2010 RTM and SP1: to SP3 and its last rollup, after the way out (through 2016).
  '2010 RTM': { all: [legacy('2010', '2016'), sp3For2010, ru32For2010] },
  '2010 SP1': { all: [legacy('2010', '2016'), sp3For2010, ru32For2010] },
  '2010 SP3': {
    oldest: [legacy('2010', '2016'), ru32For2010, exploited('CVE-2020-0688', 'CVE-2020-17144', 'CVE-2021-26857')],
    middle: [legacy('2010', '2016'), ru32For2010, exploited('CVE-2020-0688', 'CVE-2020-17144', 'CVE-2021-26857')],
    // On RU32, the last rollup ever: nothing to install, exposure and a compromise check.
    newest: [legacy('2010', '2016'), reduce, noKnownExploited],
    newer: [legacy('2010', '2016'), reduce, noKnownExploited],
    // 14.3.513 names RU32 itself (2010 rollups change the third part).
    cu: [legacy('2010', '2016'), reduce, noKnownExploited],
  },
  '2013 RTM': { all: [legacy('2013', '2019'), cu23For2013, mar23For2013] },
  '2013 CU11': { all: [legacy('2013', '2019'), cu23For2013, mar23For2013] },
  '2013 CU23': {
    // Before the March 2021 update: ProxyLogon among the exploited ones.
    oldest: [
      legacy('2013', '2019'),
      mar23For2013,
      exploitedAtLeast('CVE-2021-26855', 'CVE-2021-34473', 'CVE-2022-41040'),
    ],
    middle: [legacy('2013', '2019'), mar23For2013, exploitedAtLeast('CVE-2022-41040', 'CVE-2023-21529')],
    newest: [legacy('2013', '2019'), reduce, noKnownExploited],
    newer: [legacy('2013', '2019'), reduce, noKnownExploited],
    cu: [legacy('2013', '2019'), mar23For2013, exploitedAtLeast('CVE-2021-26855', 'CVE-2022-41040')],
  },
  '2016 Preview': { all: [to2016Se, cu23For2016, oct25For2016] },
  '2016 CU11': { all: [to2016Se, cu23For2016, oct25For2016] },
  '2016 CU23': {
    oldest: [to2016Se, oct25For2016, exploitedAtLeast('CVE-2022-41040', 'CVE-2026-42897')],
    middle: [to2016Se, oct25For2016, exploited('CVE-2026-42897')],
    // The newest 2016 build went to ESU customers only: nothing public left to install.
    newest: [to2016Se, reduce, noKnownExploited],
    newer: [to2016Se, reduce, noKnownExploited],
    cu: [to2016Se, oct25For2016, exploitedAtLeast('CVE-2026-42897')],
  },
  // 2019 before CU14: to CU15 first (the in-place upgrade starts from CU14 or CU15).
  '2019 Preview': { all: [to2019Se('Preview', 'CU15'), cu15, oct25For2019] },
  '2019 CU7': { all: [to2019Se('CU7', 'CU15'), cu15, oct25For2019] },
  '2019 CU15': {
    oldest: [to2019Se('CU15', null), oct25For2019, exploited('CVE-2026-42897')],
    // Dec25SU, an ESU-only update: already past the last public one; still exploitable.
    middle: [to2019Se('CU15', null), exploited('CVE-2026-42897'), reduce],
    newest: [to2019Se('CU15', null), reduce, noKnownExploited],
    newer: [to2019Se('CU15', null), reduce, noKnownExploited],
    cu: [to2019Se('CU15', null), oct25For2019, exploited('CVE-2026-42897')],
  },
  // SE: supported. The update, the compromise check right after it, then mitigations.
  'SE RTM': {
    oldest: [sep26v2ForSe, exploited('CVE-2026-42897'), step('mitigate-while-patching')],
    middle: [sep26v2ForSe, exploited('CVE-2026-42897'), step('mitigate-while-patching')],
    // Newest in the data, but two Update Tuesdays have passed since: look first.
    newest: [lookForNewer, step('run-health-checker'), step('check-configuration', { cves: any })],
    newer: [lookForNewer, step('run-health-checker'), step('check-configuration', { cves: any })],
    cu: [sep26v2ForSe, exploited('CVE-2026-42897'), step('mitigate-while-patching')],
  },
};

// ---- the rows, from the knowledge base ---------------------------------------------------------

function rows() {
  const out: { key: string; position: Position; build: string }[] = [];
  for (const [version, product] of knowledge().products) {
    const cus = product.cus;
    const classes = [...new Set([cus[0], cus[Math.floor((cus.length - 1) / 2)], cus.at(-1)])];
    for (const cu of classes) {
      if (!cu) continue;
      const b = cu.builds;
      const key = `${version} ${cu.name}`;
      const at = (k: (typeof b)[number] | undefined) => k?.record.build ?? '';
      const last = cu.newest.parsed;
      out.push({ key, position: 'oldest', build: at(b[0]) });
      out.push({ key, position: 'middle', build: at(b[Math.floor((b.length - 1) / 2)]) });
      out.push({ key, position: 'newest', build: at(b.at(-1)) });
      out.push({ key, position: 'newer', build: `${last.prefix}.${(last.revision ?? 0) + 1}` });
      out.push({ key, position: 'cu', build: last.prefix });
    }
  }
  return out;
}

const firstThree = (steps: AdviceStep[]) => steps.slice(0, 3).map((s) => [s.id, s.params]);

describe('advice matrix: the first three steps of every class', () => {
  const all = rows();

  it('covers every class it expects, and expects every class it covers', () => {
    expect([...new Set(all.map((r) => r.key))].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(all.map((r) => [`${r.key} ${r.position} ${r.build}`, r] as const))('%s', (_name, row) => {
    const a = assess(row.build, TODAY);
    const expected = EXPECTED[row.key]?.[row.position] ?? EXPECTED[row.key]?.all;
    expect(expected, 'a hand-written expectation').toBeDefined();
    const actual = firstThree(a.steps);
    expect(actual.map(([id]) => id)).toEqual(expected?.map(([id]) => id));
    for (const [index, [, params]] of (expected ?? []).entries()) {
      expect(actual[index]?.[1], `${row.build} step ${index + 1}`).toMatchObject(params);
    }
    // An ESU-only update is never the first step.
    expect(a.steps[0]?.params.esuOnly).not.toBe(true);
  });

  it.each(all.map((r) => [`${r.key} ${r.position} ${r.build}`, r] as const))('%s in four languages', (_name, row) => {
    const steps = assess(row.build, TODAY).steps.slice(0, 3);
    const english = stepTexts(steps, 'en');
    for (const lang of LANGS) {
      const texts = stepTexts(steps, lang);
      expect(texts.map((t) => t.id)).toEqual(steps.map((s) => s.id));
      for (const [index, t] of texts.entries()) {
        const where = `${lang} ${t.id}`;
        expect(t.title, where).not.toBe(t.id);
        expect(`${t.title} ${t.body}`, where).not.toMatch(/\{[A-Za-z]+\}/);
        if (lang !== 'en') expect(t.body, `${where} is translated`).not.toBe(english[index]?.body);
        const params = steps[index]?.params ?? {};
        // What the step is about is named in it: the build to install, the KB to read, the CVEs.
        if (typeof params.build === 'string') expect(`${t.title} ${t.body}`, where).toContain(params.build);
        if (typeof params.kb === 'string') expect(t.links.map((l) => l.text).join(' '), where).toContain(params.kb);
        const cves = params.cves;
        if (Array.isArray(cves) && cves.length > 0) expect(t.list?.items, where).toEqual(cves);
      }
    }
  });
});

describe('the rest of the matrix: dates, staleness and the ESU step', () => {
  it('without a missed Update Tuesday, a current SE server is told to keep updating, not to look', () => {
    const a = assess('15.2.2562.53', '2026-10-05');
    expect(a.dataStale).toBe(false);
    expect(a.steps.map((s) => s.id)).toEqual(['run-health-checker', 'check-configuration', 'keep-updated']);
  });

  it('names the ESU-only update as such, with its dates, after the public one', () => {
    const a = assess('15.2.1748.24', TODAY);
    const ids = a.steps.map((s) => s.id);
    expect(ids.indexOf('install-esu-update')).toBeGreaterThan(ids.indexOf('install-update'));
    const esu = a.steps.find((s) => s.id === 'install-esu-update');
    expect(esu?.params).toMatchObject({
      update: 'Sep26SUv2',
      esuOnly: true,
      esuStart: '2025-10-15',
      esuEnd: '2026-10-31',
    });
    for (const lang of LANGS) {
      const [text] = stepTexts(esu ? [esu] : [], lang);
      expect(text?.title).toContain('ESU');
    }
  });

  it('a CU-only reading adds the step that reads the installed update on the server', () => {
    const a = assess('Version 15.2 (Build 2562.53)', TODAY);
    expect(a).toMatchObject({ build: '15.2.2562', precision: 'cu' });
    expect(a.steps.map((s) => s.id)).toContain('read-installed-update');
    const [text] = stepTexts(
      a.steps.filter((s) => s.id === 'read-installed-update'),
      'de',
    );
    expect(text?.body).toContain('Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo }');
  });

  it('the Health Checker only where Microsoft supports it', () => {
    for (const build of ['15.0.1497.48', '14.3.513.0', '8.3.83.6']) {
      expect(assess(build, TODAY).steps.map((s) => s.id)).not.toContain('run-health-checker');
    }
    for (const build of ['15.1.2507.75', '15.2.1748.53', '15.2.2562.53']) {
      expect(assess(build, TODAY).steps.map((s) => s.id)).toContain('run-health-checker');
    }
  });
});
