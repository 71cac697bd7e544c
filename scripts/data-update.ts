/**
 * npm run data:update [-- --dry-run] [--today YYYY-MM-DD] [--out DIR]
 *
 * The same refresh as the Worker's cron (src/lib/refresh): reads MSRC's monthly documents, Microsoft's
 * build-number page, CISA's KEV catalog and CVE records, merges them into content/data/exchange
 * (reviewed overrides win, nothing is removed, dataVersion only moves to months MSRC confirmed),
 * prints the diff, validates, and only then writes, for review and commit. All or nothing: a source
 * that fails or answers something malformed changes nothing and is reported.
 *
 * Sources: the SOURCE_* variables of the environment, else wrangler.toml's production defaults.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateKnowledgeBase } from '../src/lib/exchange/validate.ts';
import { fetchTextWith } from '../src/lib/refresh/fetch-text.ts';
import { refresh } from '../src/lib/refresh/refresh.ts';
import { type SourceVariables, sourceUrls } from '../src/lib/refresh/sources.ts';
import { OverridesFile } from '../src/lib/schemas/knowledge.ts';
import { isoDay } from '../src/lib/today.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'content/data/exchange');
export const FILES = ['meta', 'products', 'builds', 'cves'] as const;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** SOURCE_* from the environment, else the production defaults of wrangler.toml. */
async function sourceVariables(): Promise<SourceVariables> {
  const toml = await readFile(path.join(root, 'wrangler.toml'), 'utf8');
  const fromToml = (name: keyof SourceVariables) => new RegExp(`^${name} = "([^"]+)"`, 'm').exec(toml)?.[1];
  const pick = (name: keyof SourceVariables) => process.env[name] ?? fromToml(name);
  return {
    SOURCE_MSRC: pick('SOURCE_MSRC'),
    SOURCE_BUILDS: pick('SOURCE_BUILDS'),
    SOURCE_KEV: pick('SOURCE_KEV'),
    SOURCE_CVE: pick('SOURCE_CVE'),
  };
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const today = option('--today') ?? isoDay();
  const out = path.resolve(option('--out') ?? dataDir);
  const current = validateKnowledgeBase(
    Object.fromEntries(
      await Promise.all(FILES.map(async (f) => [f, await readJson(path.join(dataDir, `${f}.json`))] as const)),
    ),
  );
  const overrides = OverridesFile.parse(await readJson(path.join(dataDir, 'overrides.json')));
  const outcome = await refresh({
    current,
    overrides,
    urls: sourceUrls(await sourceVariables(), false),
    fetchText: fetchTextWith(fetch),
    today,
  });
  if (!outcome.ok) {
    console.error(`✗ ${outcome.error.report}\nNothing was written.`);
    process.exitCode = 1;
    return;
  }
  for (const line of outcome.changes.filter((l) => l.startsWith('!') || l.startsWith('…'))) console.log(line);
  if (!outcome.changed) {
    console.log('No changes.');
    return;
  }
  console.log(`${outcome.changes.length} change(s):`);
  for (const line of outcome.changes) console.log(`  ${line}`);
  if (dryRun) {
    console.log('\n--dry-run: nothing written.');
    return;
  }
  await mkdir(out, { recursive: true });
  for (const f of FILES) await writeFile(path.join(out, `${f}.json`), `${JSON.stringify(outcome.next[f], null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(root, out) || out}. Review the diff, run the tests, and commit.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
