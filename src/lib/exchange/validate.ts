/**
 * Build-time check of the knowledge base: the schemas, then the facts that must agree across
 * records. Every problem is collected, so one run lists all of them.
 */
import { z } from 'zod';
import { type KnowledgeBase, KnowledgeBaseFiles } from '../schemas/knowledge.ts';
import { compareBuilds, knownBuild } from './build.ts';
import { committedFiles, indexKnowledge, productOf } from './knowledge.ts';

export class KnowledgeBaseError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 50).map((p) => `  - ${p}`);
    const more = problems.length > 50 ? [`  ... and ${problems.length - 50} more`] : [];
    super(
      `The Exchange knowledge base (content/data/exchange) has ${problems.length} problem(s):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

/**
 * Validates the four files (the committed ones by default) and returns them typed, or throws a
 * KnowledgeBaseError that lists every problem.
 */
export function validateKnowledgeBase(files: unknown = committedFiles()): KnowledgeBase {
  const parsed = KnowledgeBaseFiles.safeParse(files);
  if (!parsed.success) {
    throw new KnowledgeBaseError(
      parsed.error.issues.map((issue) => `${describePath(files, issue.path)}: ${issue.message}`),
    );
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return parsed.data;
}

/** `builds[12] (15.2.1748.24).released` reads better than a bare index. */
function describePath(files: unknown, path: readonly PropertyKey[]): string {
  const [file, index, ...rest] = path;
  let label = String(file ?? '');
  if (typeof index === 'number') {
    const record = (files as Record<string, unknown[]>)[String(file)]?.[index] as Record<string, unknown> | undefined;
    const name = record?.build ?? record?.id ?? record?.version;
    label += `[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
  } else if (index !== undefined) label += `.${String(index)}`;
  return [label, ...rest.map(String)].join('.');
}

function crossCheck(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const { dataVersion } = kb.meta;
  const sourceIds = new Set(kb.meta.sources.map((s) => s.id));
  const index = indexKnowledge(kb);
  const needSource = (where: string, id: string) => {
    if (!sourceIds.has(id)) problems.push(`${where}: source "${id}" is not listed in meta.json sources`);
  };

  duplicates(
    kb.meta.sources.map((s) => s.id),
    'source',
    problems,
  );
  duplicates(
    kb.products.map((p) => p.version),
    'product',
    problems,
  );
  duplicates(
    kb.builds.map((b) => b.build),
    'build',
    problems,
  );
  duplicates(
    kb.cves.map((c) => c.id),
    'CVE',
    problems,
  );

  for (const p of kb.products) needSource(`product ${p.version}`, p.source);
  const hasEsu = new Map(kb.products.map((p) => [p.version, p.esu.length > 0 ? p.extendedEnd : null]));

  for (const b of kb.builds) {
    const where = `build ${b.build}`;
    needSource(where, b.source);
    if (b.released > dataVersion) problems.push(`${where}: released ${b.released} is after dataVersion ${dataVersion}`);
    const product = productOf(knownBuild(b.build), index);
    if (product?.record.version !== b.version) {
      problems.push(`${where}: its number belongs to ${product?.record.name ?? 'no product'}, not to ${b.version}`);
    }
    const esuFrom = hasEsu.get(b.version) ?? null;
    const shouldBeEsu = esuFrom !== null && b.released > esuFrom;
    if (b.esuOnly !== shouldBeEsu) {
      problems.push(`${where}: esuOnly is ${b.esuOnly}, but released ${b.released} says ${shouldBeEsu}`);
    }
  }

  // Within one CU, a higher build never comes out earlier.
  for (const product of index.products.values()) {
    for (const cu of product.cus) {
      for (let i = 1; i < cu.builds.length; i++) {
        const prev = cu.builds[i - 1]?.record;
        const next = cu.builds[i]?.record;
        if (prev && next && next.released < prev.released) {
          problems.push(
            `${product.record.version} ${cu.name}: ${next.build} (${next.released}) is dated before the lower build ${prev.build} (${prev.released})`,
          );
        }
      }
    }
  }

  for (const c of kb.cves) {
    const where = `CVE ${c.id}`;
    needSource(where, c.source);
    if (c.buildDecidable && c.fixedBuilds.length === 0) problems.push(`${where}: no fixed build listed`);
    if (!c.buildDecidable && (!c.what || !c.affects?.length)) {
      problems.push(`${where}: not decidable from a build, so it needs "what" and "affects"`);
    }
    duplicates(
      c.fixedBuilds.map((f) => f.build),
      `${where} fixed build`,
      problems,
    );
    for (const f of c.fixedBuilds) {
      needSource(`${where} fixed build ${f.build}`, f.source);
      const known = index.byBuild.get(f.build);
      if (!known) problems.push(`${where}: fixed build ${f.build} is not in the build table`);
      else if (known.record.version !== f.version || known.record.cu !== f.cu) {
        problems.push(
          `${where}: fixed build ${f.build} is ${known.record.version} ${known.record.cu} in the build table, not ${f.version} ${f.cu}`,
        );
      }
    }
    if (c.kev && c.kev.dueDate < c.kev.dateAdded) problems.push(`${where}: KEV due date before date added`);
  }

  // The indexes rely on a CU's builds sorting consistently.
  for (const product of index.products.values()) {
    const cus = product.cus;
    for (let i = 1; i < cus.length; i++) {
      const a = cus[i - 1];
      const b = cus[i];
      if (
        a &&
        b &&
        compareBuilds(a.newest.parsed, b.first.parsed) > 0 &&
        a.first.parsed.prefix !== b.first.parsed.prefix
      ) {
        problems.push(`${product.record.version}: CUs ${a.name} and ${b.name} overlap in build numbers`);
      }
    }
  }
  return problems;
}

function duplicates(values: readonly string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) problems.push(`duplicate ${what} ${v}`);
    seen.add(v);
  }
}

/** The schema of the four files, for editors and for the updater's checks. */
export const knowledgeBaseJsonSchema = () => z.toJSONSchema(KnowledgeBaseFiles);
