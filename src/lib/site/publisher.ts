/**
 * The publisher's identity (content/site.json): the one setting every absolute URL, contact
 * address, citation, imprint and feed of the site is derived from. A CERT or canton deploying the
 * site changes that file only.
 *
 * The repository ships a placeholder identity under `example.org` (a domain reserved for examples,
 * RFC 2606). Tests and local runs may build with it; a production build refuses it
 * (`assertPublishable`), so no deployed page, feed or security.txt can name a domain nobody owns.
 */
import { z } from 'zod';
import raw from '../../../content/site.json' with { type: 'json' };
import { ContentLang } from '../schemas/content.ts';

const httpsUrl = z.url({ protocol: /^https$/ });
const email = z.email();
/** A value per language, one for each of de, fr, it, en. */
const perLang = <T extends z.ZodType>(value: T) => z.object({ de: value, fr: value, it: value, en: value }).strict();

export const PublisherConfig = z
  .object({
    $comment: z.string().optional(),
    /** The publisher's name: shown in the footer, the imprint, citations and feeds. */
    name: z.string().trim().min(1).max(120),
    /** The short name in the page header. */
    logoText: z.string().trim().min(1).max(60),
    /** The site's origin, `https://host` without a path: the base of every absolute URL. */
    url: httpsUrl.refine((value) => new URL(value).pathname === '/', 'an origin without a path'),
    /** Whether the publisher is a public body (structured data then says GovernmentOrganization). */
    publicBody: z.boolean(),
    /** Who answers for the content (imprint), a person or a role. */
    responsible: z.string().trim().min(1).max(200),
    /** Postal address, on one line (parts separated by commas). */
    address: z.string().trim().min(1).max(300),
    contactEmail: email,
    abuseEmail: email,
    securityEmail: email,
    /** Where the site's source code is published (imprint, privacy page, citation). */
    sourceCodeUrl: httpsUrl,
    /** The national office to report incidents to, its name and reporting form in each language. */
    incidentReport: z
      .object({
        name: perLang(z.string().trim().min(1).max(160)),
        url: perLang(httpsUrl),
      })
      .strict(),
    /**
     * The national advisory this site answers, in each language (the footer links it; the main
     * advisory's `basedOn.url` must be the same, tests/unit/content/frontmatter.test.ts checks).
     */
    originalAdvisory: perLang(httpsUrl),
    defaultLanguage: ContentLang,
    languages: z.array(ContentLang).min(1),
  })
  .strict();
export type PublisherConfig = z.infer<typeof PublisherConfig>;

/** Domains reserved for documentation (RFC 2606, RFC 6761): never a real publisher's. */
const PLACEHOLDER_HOST = /(?:^|\.)example(?:\.(?:org|com|net))?$|\.(?:example|test|invalid|localhost)$/i;

/** Whether a URL or e-mail address points at a reserved example domain. */
export function isPlaceholder(value: string): boolean {
  const host = value.includes('@') && !value.includes('://') ? value.split('@').pop() : safeHost(value);
  return host !== undefined && PLACEHOLDER_HOST.test(host);
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Every field of the configuration that still holds a placeholder, as `path: value`. */
export function placeholderFields(config: PublisherConfig): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (isPlaceholder(value)) found.push(`${path}: ${value}`);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(config, '');
  return found;
}

export class PlaceholderPublisherError extends Error {
  readonly code = 'placeholder_publisher';
  readonly fields: string[];
  constructor(fields: string[]) {
    super(
      `content/site.json still names the placeholder publisher (${fields.join(', ')}). ` +
        'Put your own domain, addresses and source code URL into content/site.json before a production build; ' +
        'local runs and tests build with SITE_BUILD=local.',
    );
    this.name = 'PlaceholderPublisherError';
    this.fields = fields;
  }
}

/**
 * Which configuration a build may use. Production is the default: only an explicit
 * `SITE_BUILD=local` (set by npm start and npm test) lets the placeholder through.
 */
export function assertPublishable(config: PublisherConfig, env: { SITE_BUILD?: string | undefined }): void {
  if (env.SITE_BUILD === 'local') return;
  const fields = placeholderFields(config);
  if (fields.length > 0) throw new PlaceholderPublisherError(fields);
}

/** The site's origin as a bare hostname, for SITE_HOSTNAMES and the User-Agent. */
export function publisherHostname(config: PublisherConfig): string {
  return new URL(config.url).hostname;
}

/** content/site.json, checked. Every part of the site reads the publisher from here. */
export const publisher: PublisherConfig = PublisherConfig.parse(raw);
