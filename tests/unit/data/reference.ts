/** Reads the reference tables (tests/fixtures/reference, see its README) that the data must agree with. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTsv } from '../../../scripts/data/tsv.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const referenceDir = path.resolve(repoRoot, 'tests/fixtures/reference');

export const readReference = (name: string): Record<string, string>[] =>
  parseTsv(readFileSync(path.join(referenceDir, name), 'utf8'));

/** builds.tsv says "Exchange 2010", the other files "Exchange2019"; the data says "2019". */
export function versionOf(product: string): '2010' | '2013' | '2016' | '2019' | 'SE' {
  const m = /(2010|2013|2016|2019|SE)$/.exec(product.trim());
  if (!m?.[1]) throw new Error(`unknown product name ${product}`);
  return m[1] as '2010' | '2013' | '2016' | '2019' | 'SE';
}

/** "15.02.1748.024" and "15.2.1748.24" are the same build. */
export const normalBuild = (build: string): string =>
  build
    .split('.')
    .map((p) => String(Number(p)))
    .join('.');

/** builds.tsv marks the CU itself as "(base)", and 2010 service packs as "RTM". */
export const updateOf = (update: string): string | null => (update === '(base)' || update === 'RTM' ? null : update);

export const CU_ALIASES: Record<string, string> = { 'SP1 (CU4)': 'SP1' };
