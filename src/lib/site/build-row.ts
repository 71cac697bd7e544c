/**
 * One row of a product's build list, formatted once for the two places that show it: the table of
 * the builds page (src/pages/[lang]/builds/[version].astro) and the search index's record of that
 * row (search-rows.ts `buildRows`), which links to the page's row and says what the row says.
 */
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import { versionSlug } from '../exchange/lifecycle-view.ts';
import type { BuildRecord } from '../schemas/knowledge.ts';
import { paths } from './urls.ts';

/** What a row is made of: a knowledge base build record. */
export type ListedBuild = Pick<BuildRecord, 'build' | 'version' | 'cu' | 'update' | 'released' | 'kb' | 'url'>;

export interface BuildRow {
  /** The row's id on the page: the fragment that links to it. */
  id: string;
  version: ListedBuild['version'];
  /** The heading of the CU section the row stands in: "Exchange Server 2019 CU15". */
  section: string;
  build: string;
  /** The security or hotfix update; null for the CU itself. */
  update: string | null;
  /** ISO date, for `<time datetime>`. */
  released: string;
  /** The date as the row's language writes it in a table ("14 oct. 2025"). */
  releasedText: string;
  kb: string | null;
  /** Microsoft's announcement of the build, else the support article of its KB; null without a KB. */
  kbHref: string | null;
}

/** The heading of a product's CU section of the build list. */
export const cuSection = (productName: string, cu: string) => `${productName} ${cu}`;

export function buildRow(b: ListedBuild, productName: string, lang: Lang): BuildRow {
  return {
    id: `build-${b.build}`,
    version: b.version,
    section: cuSection(productName, b.cu),
    build: b.build,
    update: b.update,
    released: b.released,
    releasedText: formatDate(b.released, lang, 'medium'),
    kb: b.kb,
    kbHref: b.kb === null ? null : (b.url ?? `https://support.microsoft.com/help/${b.kb.slice(2)}`),
  };
}

/** The address of a build's row: the builds page of its product, at the row. */
export const buildRowPath = (lang: Lang, row: BuildRow) =>
  `${paths.buildsOf(lang, versionSlug(row.version))}#${row.id}`;
