/**
 * Content collections: the Markdown in ../content, checked by the zod schemas in src/lib/schemas
 * (the same schemas the unit tests use without Astro).
 *
 * Ids are the file path without `.md` (`en/unpatched-exchange`, `de/install-updates`, `fr` for the
 * factsheet): the same slug exists in every language, and Astro's default id (the frontmatter
 * `slug`) would let the languages overwrite each other.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AdvisoryFrontmatter, GuideFrontmatter } from './lib/schemas/content.ts';
import { FactsheetFrontmatter, PageFrontmatter } from './lib/schemas/texts.ts';

const byPath = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** content/advisories/{lang}/{slug}.md */
const advisories = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/advisories', generateId: byPath }),
  schema: AdvisoryFrontmatter,
});

/** content/guides/{lang}/{slug}.md */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/guides', generateId: byPath }),
  schema: GuideFrontmatter,
});

/** content/factsheet/{lang}.md */
const factsheet = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/factsheet', generateId: byPath }),
  schema: FactsheetFrontmatter,
});

/** content/pages/{lang}/{slug}.md: privacy, accessibility, imprint, terms, ... */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/pages', generateId: byPath }),
  schema: PageFrontmatter,
});

export const collections = { advisories, guides, factsheet, pages };
