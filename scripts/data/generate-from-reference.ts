/**
 * One-off: builds content/data/exchange/builds.json and cves.json from the shared reference tables
 * (../shared/reference/exchange). Kept so the first data set can be reproduced and reviewed; from
 * now on the committed JSON is the source of truth and `npm run data:update` maintains it.
 *
 *   npx node scripts/data/generate-from-reference.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monthOfUpdateName, updateTuesday } from '../../src/lib/exchange/update-tuesday.ts';
import type { BuildRecord, CveRecord, OnPremVersion } from '../../src/lib/schemas/knowledge.ts';
import { parseTsv } from './tsv.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const referenceDir = path.resolve(repoRoot, '../shared/reference/exchange');
const outDir = path.resolve(repoRoot, 'content/data/exchange');
const read = (name: string) => parseTsv(readFileSync(path.join(referenceDir, name), 'utf8'));

const buildRows = read('builds.tsv');
const missingRows = read('builds-missing.tsv');
const kbRows = read('kb-discrepancies.tsv');
const cveRows = read('cve-fixed-builds.tsv');
const kevRows = read('kev.tsv');
const keyRows = read('key-cves.tsv');
const cves2026 = read('cves-2026.tsv');

const ESU_START = '2025-10-14';
const versionOf = (product: string): OnPremVersion => {
  const v = /(2010|2013|2016|2019|SE)$/.exec(product.replace(/\s*\(.*$/, ''))?.[1];
  if (!v) throw new Error(`unknown product ${product}`);
  return v as OnPremVersion;
};
const normal = (build: string) =>
  build
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');
const esuOnly = (version: OnPremVersion, released: string) =>
  (version === '2016' || version === '2019') && released > ESU_START;

// ---- builds ---------------------------------------------------------------------------------

const kbFix = new Map(kbRows.map((r) => [r.build, r]));
const CU14_2013_KB = 'KB3177670';

const builds: BuildRecord[] = buildRows.map((r, index) => {
  const version = versionOf(r.product ?? '');
  const update = r.update === '(base)' || r.update === 'RTM' ? null : (r.update ?? null);
  const released = r.release_date ?? '';
  const record: BuildRecord = {
    build: normal(r.build ?? ''),
    version,
    cu: r.cu ?? '',
    update,
    released,
    kb: r.kb ? r.kb : null,
    url: r.announcement ? r.announcement : null,
    esuOnly: esuOnly(version, released),
    // The last 8 rows (Sep26SU, Sep26SUv2) come from Microsoft's release posts, see the README.
    source: index >= buildRows.length - 8 ? 'ms-release-posts' : 'ms-build-list',
  };
  const fix = kbFix.get(record.build);
  if (fix) {
    const kb = fix['righel_kb(url)'] ?? '';
    if (kb && kb !== '-') {
      record.kb = kb;
      record.note = `Microsoft's build list gives ${fix['builds.tsv_kb']}, the KB of another product line's package of this update; ${kb} is the one for this product line.`;
    } else if (record.build === '15.0.1236.3') {
      record.kb = CU14_2013_KB;
      record.note = `Microsoft's build list gives ${fix['builds.tsv_kb']}, which is 2016 CU3's KB; 2013 CU14 is published as ${CU14_2013_KB}. Not confirmed from a stored copy of the KB article.`;
    }
  }
  return record;
});

const dateOfUpdateName = new Map<string, string>();
for (const b of builds) if (b.update && !dateOfUpdateName.has(b.update)) dateOfUpdateName.set(b.update, b.released);

function updateFromMonth(month: string): string {
  const m = /^(\w+), (\d{4})$/.exec(month);
  if (!m) throw new Error(`bad month ${month}`);
  const mon = (m[1] ?? '').slice(0, 3);
  return `${mon}${(m[2] ?? '').slice(2)}SU`;
}
function dateOfUpdate(update: string): string {
  const known = dateOfUpdateName.get(update);
  if (known) return known;
  const month = monthOfUpdateName(update);
  if (!month) throw new Error(`bad update ${update}`);
  return updateTuesday(month.year, month.month);
}
const CU_NAMES: Record<string, string> = { 'SP1 (CU4)': 'SP1' };

for (const r of missingRows) {
  const version = versionOf(r.product ?? '');
  const cu = CU_NAMES[r.cu ?? ''] ?? r.cu ?? '';
  const build = normal(r.build ?? '');
  const notes: string[] = [];
  let update: string | null = r['update(CSS name)'] || null;
  const month = r.date_per_righel ?? '';
  if (!update && /KB\d+/.test(r.righel_name ?? '')) {
    update = updateFromMonth(month);
    notes.push(
      `Named after its month (${month}) and KB in a public scanner's build dictionary ("${r.righel_name}"); Microsoft's build list lacks it.`,
    );
  }
  let released: string;
  if (update) {
    released = dateOfUpdate(update);
    if (r.source !== 'righel' && month && updateFromMonth(month) !== update.replace(/v\d$/, '')) {
      notes.push(`The scanner dictionary dates it ${month}; the Health Checker names it ${update}.`);
    }
  } else {
    // A build without an update name belongs to the CU release itself: dated like the CU.
    const base = builds.find((b) => b.version === version && b.cu === cu && b.update === null);
    if (!base) throw new Error(`no CU base for ${build}`);
    released = base.released;
    notes.push(
      `Listed as ${r.righel_name?.trim()} (${month}) in a public scanner's build dictionary only; dated like its CU.`,
    );
  }
  const kbMatch = /KB(\d+)/.exec(r.righel_name ?? '');
  let kb: string | null = null;
  if (kbMatch && (kbMatch[1] ?? '').length === 7) {
    kb = `KB${kbMatch[1]}`;
    if (r.source !== 'righel') notes.push("KB from the scanner dictionary's entry for this build.");
  } else if (kbMatch) notes.push(`The scanner dictionary gives KB${kbMatch[1]}, which is not a valid KB number.`);
  builds.push({
    build,
    version,
    cu,
    update,
    released,
    releasedEstimated: true,
    kb,
    url: null,
    esuOnly: esuOnly(version, released),
    source: r.source === 'righel' ? 'righel-nse' : 'css-health-checker',
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  });
}

const key = (b: string) => b.split('.').map(Number);
builds.sort((a, b) => {
  const ka = key(a.build);
  const kb = key(b.build);
  for (let i = 0; i < 4; i++) if ((ka[i] ?? 0) !== (kb[i] ?? 0)) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return 0;
});

// ---- CVEs -----------------------------------------------------------------------------------

/** Microsoft's impact types, from its titles; the updater refreshes titles from the CVE records. */
const TYPE: Record<string, string> = {
  'CVE-2018-0924': 'Information Disclosure',
  'CVE-2018-0940': 'Elevation of Privilege',
  'CVE-2018-0941': 'Information Disclosure',
  'CVE-2018-8151': 'Memory Corruption',
  'CVE-2018-8152': 'Elevation of Privilege',
  'CVE-2018-8153': 'Spoofing',
  'CVE-2018-8154': 'Memory Corruption',
  'CVE-2018-8159': 'Elevation of Privilege',
  'CVE-2018-8265': 'Remote Code Execution',
  'CVE-2018-8302': 'Memory Corruption',
  'CVE-2018-8374': 'Tampering',
  'CVE-2018-8448': 'Elevation of Privilege',
  'CVE-2018-8604': 'Tampering',
  'CVE-2019-0586': 'Memory Corruption',
  'CVE-2019-0588': 'Information Disclosure',
  'CVE-2019-0686': 'Elevation of Privilege',
  'CVE-2019-0724': 'Elevation of Privilege',
  'CVE-2019-0817': 'Spoofing',
  'CVE-2019-0858': 'Spoofing',
  'CVE-2019-1084': 'Information Disclosure',
  'CVE-2019-1136': 'Elevation of Privilege',
  'CVE-2019-1137': 'Spoofing',
  'CVE-2019-1233': 'Denial of Service',
  'CVE-2019-1266': 'Spoofing',
  'CVE-2019-1373': 'Remote Code Execution',
  'CVE-2020-0692': 'Elevation of Privilege',
  'CVE-2020-0903': 'Cross-site Scripting',
  'CVE-2020-16875': 'Memory Corruption',
  'CVE-2020-16969': 'Information Disclosure',
  'CVE-2020-17083': 'Remote Code Execution',
  'CVE-2020-17084': 'Remote Code Execution',
  'CVE-2020-17085': 'Denial of Service',
  'CVE-2020-17117': 'Remote Code Execution',
  'CVE-2020-17132': 'Remote Code Execution',
  'CVE-2020-17141': 'Remote Code Execution',
  'CVE-2020-17142': 'Remote Code Execution',
  'CVE-2020-17143': 'Information Disclosure',
  'CVE-2021-24085': 'Spoofing',
  'CVE-2021-26412': 'Remote Code Execution',
  'CVE-2021-26427': 'Remote Code Execution',
  'CVE-2021-26854': 'Remote Code Execution',
  'CVE-2021-27078': 'Remote Code Execution',
  'CVE-2021-28480': 'Remote Code Execution',
  'CVE-2021-28481': 'Remote Code Execution',
  'CVE-2021-28482': 'Remote Code Execution',
  'CVE-2021-28483': 'Remote Code Execution',
  'CVE-2021-31195': 'Remote Code Execution',
  'CVE-2021-31198': 'Remote Code Execution',
  'CVE-2021-31206': 'Remote Code Execution',
  'CVE-2021-31209': 'Spoofing',
  'CVE-2021-33768': 'Elevation of Privilege',
  'CVE-2021-34453': 'Denial of Service',
  'CVE-2021-41348': 'Elevation of Privilege',
  'CVE-2021-41349': 'Spoofing',
  'CVE-2021-41350': 'Spoofing',
  'CVE-2021-42305': 'Spoofing',
  'CVE-2022-21846': 'Remote Code Execution',
  'CVE-2022-21855': 'Remote Code Execution',
  'CVE-2022-21969': 'Remote Code Execution',
  'CVE-2022-21979': 'Information Disclosure',
  'CVE-2022-21980': 'Elevation of Privilege',
  'CVE-2022-23277': 'Remote Code Execution',
  'CVE-2022-24463': 'Spoofing',
  'CVE-2022-24477': 'Elevation of Privilege',
  'CVE-2022-24516': 'Elevation of Privilege',
  'CVE-2022-30134': 'Information Disclosure',
  'CVE-2022-34692': 'Information Disclosure',
  'CVE-2022-41078': 'Spoofing',
  'CVE-2022-41079': 'Spoofing',
  'CVE-2022-41123': 'Elevation of Privilege',
  'CVE-2023-21706': 'Remote Code Execution',
  'CVE-2023-21707': 'Remote Code Execution',
  'CVE-2023-21710': 'Remote Code Execution',
  'CVE-2023-21745': 'Spoofing',
  'CVE-2023-21761': 'Information Disclosure',
  'CVE-2023-21762': 'Spoofing',
  'CVE-2023-21763': 'Elevation of Privilege',
  'CVE-2023-21764': 'Elevation of Privilege',
  'CVE-2023-28310': 'Remote Code Execution',
  'CVE-2023-32031': 'Remote Code Execution',
  'CVE-2023-35368': 'Remote Code Execution',
  'CVE-2023-35388': 'Remote Code Execution',
  'CVE-2023-36744': 'Remote Code Execution',
  'CVE-2023-36745': 'Remote Code Execution',
  'CVE-2023-36756': 'Remote Code Execution',
  'CVE-2023-36757': 'Spoofing',
  'CVE-2023-36777': 'Information Disclosure',
  'CVE-2023-36778': 'Remote Code Execution',
  'CVE-2023-38181': 'Spoofing',
  'CVE-2023-38182': 'Spoofing',
  'CVE-2023-38185': 'Remote Code Execution',
  'CVE-2024-26198': 'Remote Code Execution',
  'CVE-2024-49040': 'Spoofing',
  'CVE-2025-25005': 'Tampering',
  'CVE-2025-25006': 'Spoofing',
  'CVE-2025-25007': 'Spoofing',
  'CVE-2025-33051': 'Information Disclosure',
  'CVE-2025-53782': 'Elevation of Privilege',
  'CVE-2025-53786': 'Elevation of Privilege',
  'CVE-2025-59248': 'Spoofing',
  'CVE-2025-59249': 'Elevation of Privilege',
  'CVE-2025-64666': 'Elevation of Privilege',
  'CVE-2025-64667': 'Spoofing',
  'CVE-2026-21527': 'Spoofing',
};
const TYPE_2026: Record<string, string> = {
  RCE: 'Remote Code Execution',
  EoP: 'Elevation of Privilege',
  DoS: 'Denial of Service',
};
const NICKNAMES: Record<string, string> = {
  'CVE-2021-26855': 'ProxyLogon',
  'CVE-2021-26857': 'ProxyLogon',
  'CVE-2021-26858': 'ProxyLogon',
  'CVE-2021-27065': 'ProxyLogon',
  'CVE-2021-34473': 'ProxyShell',
  'CVE-2021-34523': 'ProxyShell',
  'CVE-2021-31207': 'ProxyShell',
  'CVE-2022-41040': 'ProxyNotShell',
  'CVE-2022-41082': 'ProxyNotShell',
  'CVE-2022-41080': 'OWASSRF',
  'CVE-2021-33766': 'ProxyToken',
  'CVE-2018-8581': 'PrivExchange',
};

const VERSION_OF_HC: Record<string, OnPremVersion> = {
  Exchange2013: '2013',
  Exchange2016: '2016',
  Exchange2019: '2019',
  ExchangeSE: 'SE',
};
const kev = new Map(kevRows.map((r) => [r.cveID ?? '', r]));
const key2026 = new Map(cves2026.map((r) => [r.cve ?? '', r]));
const keyCve = new Map(keyRows.map((r) => [r.cve ?? '', r]));

const cves = new Map<string, CveRecord>();
function titleFor(id: string): { title: string; note?: string } {
  const k = kev.get(id);
  if (k) return { title: k.vulnerabilityName ?? '' };
  if (id.startsWith('ADV')) return { title: 'Microsoft Exchange Server Defense in Depth Update' };
  const row2026 = key2026.get(id);
  if (row2026) {
    const type = (row2026.type_cwe ?? '').replace(/\s*\(.*$/, '').replace(/\s*CWE-\d+$/, '');
    return { title: `Microsoft Exchange Server ${TYPE_2026[type] ?? type} Vulnerability` };
  }
  const type = TYPE[id];
  if (type) return { title: `Microsoft Exchange Server ${type} Vulnerability` };
  return {
    title: 'Microsoft Exchange Server Vulnerability',
    note: 'The impact type is not in the reference data; the updater takes the title from the CVE record.',
  };
}
function kevFor(id: string): CveRecord['kev'] {
  const k = kev.get(id);
  if (!k) return null;
  return {
    dateAdded: k.dateAdded ?? '',
    dueDate: k.dueDate ?? '',
    ransomware: k.knownRansomwareCampaignUse === 'Known',
    name: k.vulnerabilityName ?? '',
    cwes: (k.cwes ?? '')
      .split(',')
      .filter((c) => /^CWE-\d+$/.test(c))
      .sort(),
  };
}
const cuOf = (version: OnPremVersion, build: string) => {
  const b = builds.find((x) => x.version === version && x.build === build);
  if (!b) throw new Error(`fixed build ${build} not in the build table`);
  return b.cu;
};
function cvssFromKey(id: string): number | null {
  const text = keyCve.get(id)?.ms_cna_cvss31 ?? '';
  const m = /^(\d+\.\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
/** Scores from the CVE records and Microsoft's release notes, outside the reference tables' CVSS columns. */
const CVSS_EXTRA: Record<string, number> = {
  'CVE-2025-64666': 7.5,
  'CVE-2026-21527': 6.5,
  'CVE-2018-8581': 7.4,
  'CVE-2020-17144': 8.4,
  'CVE-2021-31196': 7.2,
  'CVE-2021-33766': 7.3,
};

function ensure(id: string, fixingUpdate: string | null, source: string): CveRecord {
  let record = cves.get(id);
  if (!record) {
    const { title, note } = titleFor(id);
    const row2026 = key2026.get(id);
    const cvss = row2026 ? Number(row2026['cvss31_base(MS CNA)']) : (cvssFromKey(id) ?? CVSS_EXTRA[id] ?? null);
    record = {
      id,
      title,
      ...(NICKNAMES[id] ? { nickname: NICKNAMES[id] } : {}),
      cvss,
      ...(row2026?.vector ? { cvssVector: row2026.vector } : {}),
      ...(row2026?.cve_datePublished ? { published: row2026.cve_datePublished } : {}),
      kev: kevFor(id),
      fixingUpdate,
      fixedBuilds: [],
      buildDecidable: true,
      settingOverride: false,
      source,
      ...(note ? { note } : {}),
    };
    cves.set(id, record);
  }
  return record;
}

for (const r of cveRows) {
  const id = r.cve ?? '';
  const version = VERSION_OF_HC[r.exchange_version ?? ''];
  if (!version) throw new Error(`bad version ${r.exchange_version}`);
  const source = key2026.has(id) ? 'cvelistv5' : 'css-health-checker';
  const record = ensure(id, r['fixing_update(HealthChecker SU key)'] ?? '', source);
  record.fixedBuilds.push({ version, cu: r.cu ?? '', build: r.first_fixed_build_for_that_cu ?? '', source });
  if (r['also_needs_setting_override(config)'] === 'yes') record.settingOverride = true;
}

// ProxyShell is not in the Health Checker's data: the CVE records' fixed builds (key-cves.tsv).
const PROXYSHELL: Array<[OnPremVersion, string]> = [
  ['2013', '15.0.1497.15'],
  ['2016', '15.1.2176.12'],
  ['2016', '15.1.2242.8'],
  ['2019', '15.2.792.13'],
  ['2019', '15.2.858.10'],
];
for (const id of ['CVE-2021-34473', 'CVE-2021-34523']) {
  const record = ensure(id, 'Apr21SU', 'cvelistv5');
  record.note =
    'Fixed by the April 2021 security update; the CVE was published on 2021-07-13. Not in the Health Checker data.';
  for (const [version, build] of PROXYSHELL)
    record.fixedBuilds.push({ version, cu: cuOf(version, build), build, source: 'cvelistv5' });
}

const with2010 = (id: string, build: string, note: string) => {
  const record = cves.get(id);
  if (!record) throw new Error(id);
  record.fixedBuilds.unshift({ version: '2010', cu: 'SP3', build, source: 'cvelistv5', note });
};
with2010(
  'CVE-2020-0688',
  '14.3.496.0',
  'Inferred: the CVE record lists Exchange 2010 SP3 as affected and Update Rollup 30 shipped with the February 2020 updates.',
);
with2010(
  'CVE-2021-26857',
  '14.3.513.0',
  "Microsoft's March 2021 post names Update Rollup 32 for Exchange 2010 SP3 as a defence-in-depth fix for this CVE only; not confirmed from the CVE record.",
);

// KEV entries outside the Health Checker data.
{
  const r = ensure('CVE-2020-17144', 'RU31', 'msrc');
  r.fixedBuilds.push({ version: '2010', cu: 'SP3', build: '14.3.509.0', source: 'msrc' });
  r.note =
    'Exchange 2010 only; fixed by Update Rollup 31 for Exchange 2010 SP3 (KB4593467), released with the December 2020 updates.';
}
{
  const r = ensure('CVE-2021-33766', 'Jul21SU', 'msrc');
  for (const f of cves.get('CVE-2021-31196')?.fixedBuilds ?? []) r.fixedBuilds.push({ ...f, source: 'msrc' });
  r.note =
    'ProxyToken. Fixed by the July 2021 security update (Microsoft Security Response Center); thresholds are that update’s builds, as for CVE-2021-31196. Not in the Health Checker data.';
}
{
  const r = ensure('CVE-2018-8581', 'Feb19SU', 'msrc');
  for (const f of cves.get('CVE-2019-0686')?.fixedBuilds ?? []) r.fixedBuilds.push({ ...f, source: 'msrc' });
  r.note =
    'PrivExchange. The February 2019 cumulative updates removed the permissions it relies on (together with CVE-2019-0686 and CVE-2019-0724); older servers needed the published registry mitigation. Not in the Health Checker data; Exchange 2010 not tracked.';
}

// Not decidable from a build number (key-cves.tsv, README).
{
  const r = ensure('CVE-2024-21410', null, 'cvelistv5');
  r.buildDecidable = false;
  r.affects = ['2016', '2019', 'SE'];
  r.what =
    'Extended Protection must be enabled on all Exchange virtual directories (the Health Checker reports its state). Exchange Server 2019 CU14 and later and Exchange SE turn it on at setup; Exchange Server 2016 needs Microsoft’s ExchangeExtendedProtectionManagement script.';
  r.note = 'No build fixes it on its own: 2019 CU14 (15.2.1544.4) enables Extended Protection by default.';
}
{
  const r = cves.get('CVE-2025-53786');
  if (!r) throw new Error('CVE-2025-53786');
  r.buildDecidable = false;
  r.affects = ['2016', '2019', 'SE'];
  r.cvss = cvssFromKey('CVE-2025-53786');
  r.what =
    'Hybrid deployments only: after the April 2025 hotfix update (or later), switch to the dedicated Exchange hybrid application and reset the key credentials of the shared service principal, as Microsoft’s advisory and CISA Emergency Directive 25-02 (2025-08-07) describe.';
  r.note = 'The update alone does not fix it; the configuration steps do.';
}

for (const r of cves.values()) {
  r.fixedBuilds.sort((a, b) => {
    const ka = key(a.build);
    const kb = key(b.build);
    for (let i = 0; i < 4; i++) if ((ka[i] ?? 0) !== (kb[i] ?? 0)) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return 0;
  });
}
const cveList = [...cves.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

writeFileSync(path.join(outDir, 'builds.json'), `${JSON.stringify(builds, null, 2)}\n`);
writeFileSync(path.join(outDir, 'cves.json'), `${JSON.stringify(cveList, null, 2)}\n`);
console.log(`${builds.length} builds, ${cveList.length} CVEs written to ${path.relative(repoRoot, outDir)}`);
