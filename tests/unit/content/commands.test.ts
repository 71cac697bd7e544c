/**
 * Every command the texts tell people to run has been checked against Microsoft's documentation:
 * its name, each parameter and each output property it reads are in the reviewed list
 * (content/commands.json) with the Microsoft page they were checked against. A new cmdlet,
 * parameter or property fails here until someone checks it and adds it. The guides carry the same
 * code in every language (only the prose is translated), and no command uses cmd.exe's `%VAR%`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { VerifiedCommandsFile } from '../../../src/lib/schemas/commands.ts';
import { cmdletNames, cmdVariables, codeIn, usesIn } from '../../../src/lib/site/commands-in-text.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));
const read = (file: string) => readFileSync(join(content, file), 'utf8');
const reviewed = VerifiedCommandsFile.parse(JSON.parse(read('commands.json')));
const verified = new Map(reviewed.commands.map((c) => [c.name, c]));

const markdownIn = (dir: string) =>
  readdirSync(join(content, dir))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `${dir}/${n}`);
const guideSlugs = readdirSync(join(content, 'guides', 'en')).filter((n) => n.endsWith('.md'));
/** Every Markdown text with code a reader might run: guides, advisories, the factsheet. */
const markdownTexts = [
  ...LANGS.flatMap((lang) => [...markdownIn(`guides/${lang}`), ...markdownIn(`advisories/${lang}`)]),
  ...markdownIn('factsheet'),
];

/** Every string of a JSON value, with its key path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
  }
  return [];
}
const I18N_FILES = ['advice.json', 'result.json', 'judged.json', 'messages.json', 'ui.json'];
const i18n = (lang: string, file: string) => new Map(strings(JSON.parse(read(`i18n/${lang}/${file}`))));

/** What the reviewed list does not cover in one use of a command, as `name`, `name -Param`, `name .Property`. */
function unverified(code: string): string[] {
  return usesIn(code).flatMap((use) => {
    const entry = verified.get(use.name);
    if (!entry || entry.kind !== use.kind) return [`${use.kind} ${use.name}`];
    return [
      ...use.parameters.filter((p) => !entry.parameters.includes(p)).map((p) => `${use.name} ${p}`),
      ...use.properties.filter((p) => !entry.properties.includes(p)).map((p) => `${use.name} .${p}`),
    ];
  });
}

describe('reading commands out of a text', () => {
  it.each<[string, string, string[]]>([
    [
      'a pipeline with properties',
      'Get-ExchangeServer | Format-List Name,MitigationsApplied',
      ['Get-ExchangeServer', 'Format-List'],
    ],
    [
      'a script with its parameter',
      'Get-ExchangeServer | .\\Test-ProxyLogon.ps1 -OutPath $home\\desktop\\logs',
      ['Get-ExchangeServer', 'Test-ProxyLogon.ps1'],
    ],
    [
      'a program with switches',
      'Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
      ['Setup.exe'],
    ],
    ['a file name is no program', 'msert.exe', []],
    ['an alias', 'cd C:\\Scripts', ['cd']],
    ['a path is no command', '/autodiscover/autodiscover.json', []],
  ])('%s', (_case, code, names) => {
    expect(usesIn(code).map((u) => u.name)).toEqual(names);
  });

  it('names in prose are case-sensitive: a slug is no cmdlet, a German compound looks like one', () => {
    expect(cmdletNames('Build-Nummer, install-updates, Get-ExchangeServer')).toEqual([
      'Build-Nummer',
      'Get-ExchangeServer',
    ]);
  });

  it.each<[string, string, string[]]>([
    ['a parameter nobody checked', 'Start-MpScan -ScanType FullScan -Force', ['Start-MpScan -Force']],
    ['a cmdlet nobody checked', 'Get-MpPreference', ['cmdlet Get-MpPreference']],
    [
      'a misspelt cmdlet (Microsoft writes Set-CASMailbox)',
      'Set-CasMailbox user@example.ch -OWAEnabled $false',
      ['cmdlet Set-CasMailbox'],
    ],
    [
      'a property the output does not have',
      'Get-ExchangeServer | Format-List Name,MitigationsOn',
      ['Get-ExchangeServer .MitigationsOn'],
    ],
    ['a property read in a script block', 'Get-Mailbox | Where-Object { $_.Forwarding }', ['Get-Mailbox .Forwarding']],
    [
      'a switch of the program nobody checked',
      'Setup.exe /PrepareDomain /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
      ['Setup.exe /PrepareDomain'],
    ],
    ['operators are not parameters', "Get-ScheduledTask | Where-Object TaskPath -eq '\\'", []],
    ['quoted text is data', 'Get-ManagementRoleAssignment -Role "Mailbox -Import Export"', []],
  ])('flags %s', (_case, code, expected) => {
    expect(unverified(code)).toEqual(expected);
  });

  it('finds cmd.exe variables, not PowerShell ones', () => {
    expect(cmdVariables('%SystemRoot%\\debug\\msert.log')).toEqual(['%SystemRoot%']);
    expect(cmdVariables('$env:SystemRoot\\debug\\msert.log and 50 % of 10 %')).toEqual([]);
  });

  it('reads fenced blocks (indented in a list) and code spans, not the frontmatter', () => {
    const markdown =
      '---\ntitle: "`Get-Date`"\n---\nRun `Get-Date`:\n\n   ```powershell\n   Get-ChildItem -Path C:\\\n   ```\n';
    expect(codeIn(markdown)).toEqual(['Get-ChildItem -Path C:\\', 'Get-Date']);
  });
});

describe('the reviewed list', () => {
  it('is used: every command in it appears in a text', () => {
    const named = new Set([
      ...markdownTexts.flatMap((file) => codeIn(read(file)).flatMap((code) => usesIn(code).map((u) => u.name))),
      ...LANGS.flatMap((lang) => I18N_FILES.flatMap((file) => [...i18n(lang, file).values()].flatMap(cmdletNames))),
    ]);
    expect(reviewed.commands.map((c) => c.name).filter((name) => !named.has(name))).toEqual([]);
  });
});

describe.each(markdownTexts)('%s', (file) => {
  const code = codeIn(read(file));

  it('names only reviewed commands, parameters and properties', () => {
    expect(code.flatMap(unverified)).toEqual([]);
  });

  it('uses PowerShell variables, not %VAR%', () => {
    expect(code.flatMap(cmdVariables)).toEqual([]);
  });
});

describe.each(guideSlugs)('guide %s', (slug) => {
  const english = [...new Set(codeIn(read(`guides/en/${slug}`)))].sort();

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s carries the same code as English', (lang) => {
    expect([...new Set(codeIn(read(`guides/${lang}/${slug}`)))].sort()).toEqual(english);
  });
});

describe.each(I18N_FILES)('content/i18n/*/%s', (file) => {
  it.each(LANGS)('%s names only reviewed commands, and no %VAR%', (lang) => {
    const texts = [...i18n(lang, file).values()];
    const words = new Set(reviewed.words);
    expect(texts.flatMap(cmdletNames).filter((name) => !verified.has(name) && !words.has(name))).toEqual([]);
    expect(texts.flatMap(cmdVariables)).toEqual([]);
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s names the same commands as English, key by key', (lang) => {
    const commandsOf = (texts: Map<string, string>) =>
      [...texts].map(([key, text]) => [key, cmdletNames(text).filter((n) => verified.has(n))] as const);
    expect(commandsOf(i18n(lang, file))).toEqual(commandsOf(i18n('en', file)));
  });
});
