/**
 * The terminology tables (content/terminology/{lang}.json): for each thing the texts name, the one
 * term they use and the variants they must not. Pure: finding the rejected variants in a text is
 * shared by the content tests and by anyone who wants to check a draft.
 */
import { z } from 'zod';
import { ContentLang } from './content.ts';

/** A JavaScript regular expression source that compiles with the `u` flag. */
const Pattern = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

export const Term = z
  .object({
    /** What the term names, in the table's language or in English. */
    concept: z.string().trim().min(1),
    /** The one term the texts use for it. */
    use: z.string().trim().min(1),
    /** Variants the texts must not use (regular expressions, case-sensitive). */
    reject: z.array(Pattern).min(1),
    /** A sentence with a rejected variant: the rule must catch it (a test that cannot fail is no test). */
    example: z.string().trim().min(1),
    /** Why, or where the rule does not apply. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Term = z.infer<typeof Term>;

export const TerminologyFile = z
  .object({
    $comment: z.string().optional(),
    lang: ContentLang,
    terms: z.array(Term).min(1),
  })
  .strict();
export type TerminologyFile = z.infer<typeof TerminologyFile>;

export interface Finding {
  /** The rejected text as found. */
  found: string;
  /** The term to use instead. */
  use: string;
}

/** Every rejected variant in a text, with the term to use instead. */
export function rejectedVariants(text: string, terms: readonly Term[]): Finding[] {
  const findings: Finding[] = [];
  for (const term of terms) {
    for (const source of term.reject) {
      for (const match of text.matchAll(new RegExp(source, 'gu'))) findings.push({ found: match[0], use: term.use });
    }
  }
  return findings;
}

/**
 * The prose of a Markdown file as the terminology applies to it: without code spans and blocks,
 * link targets and bare URLs, and without the titles of other publishers' texts in the frontmatter:
 * its `sources` and the `title` of the original a page is `basedOn` (quoted as published).
 */
export function markdownProse(source: string): string {
  const withoutSources = source
    .replace(/^sources:\n(?:[ \t]+.*\n|[ \t]*\n)*/m, '')
    .replace(/^basedOn:\n(?:[ \t]+.*\n)*/m, (block) => block.replace(/^[ \t]+title:.*\n/m, ''));
  return withoutSources
    .replace(/^[ \t]*```[\s\S]*?^[ \t]*```[ \t]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Every string in a JSON text file, without URLs. */
export function jsonProse(value: unknown): string {
  if (typeof value === 'string') return value.replace(/https?:\/\/\S+/g, ' ');
  if (Array.isArray(value)) return value.map(jsonProse).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(jsonProse).join('\n');
  return '';
}
