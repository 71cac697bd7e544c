/**
 * JSON-LD for advisories and guides (schema.org). The publisher is a GovernmentOrganization, and
 * the site a GovernmentService, only where content/site.json says the publisher is a public body:
 * the default deployment must not look like an agency.
 */

export interface Publisher {
  name: string;
  url: string;
  publicBody: boolean;
  contactEmail: string;
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  lang: string;
  datePublished: string;
  dateModified: string;
  image: string;
  sources: Array<{ title: string; url: string }>;
  /** The other publisher's advisory the page is based on. */
  basedOn?: { name: string; url: string; datePublished: string } | undefined;
  /** CVE ids the page is about. */
  about?: string[] | undefined;
}

export function organization(publisher: Publisher): Record<string, unknown> {
  return {
    '@type': publisher.publicBody ? 'GovernmentOrganization' : 'Organization',
    '@id': `${new URL('/', publisher.url).href}#publisher`,
    name: publisher.name,
    url: new URL('/', publisher.url).href,
    email: publisher.contactEmail,
  };
}

export function articleJsonLd(input: ArticleInput, publisher: Publisher): Record<string, unknown> {
  const org = organization(publisher);
  const article: Record<string, unknown> = {
    '@type': 'Article',
    '@id': `${input.url}#article`,
    headline: input.headline,
    name: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.lang,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    image: input.image,
    author: { '@id': org['@id'] },
    publisher: { '@id': org['@id'] },
    isBasedOn: [
      ...(input.basedOn ? [{ '@type': 'Article', ...input.basedOn }] : []),
      ...input.sources
        .filter((s) => s.url !== input.basedOn?.url)
        .map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    ],
  };
  if (input.about?.length) {
    article.about = input.about.map((id) => ({
      '@type': 'Thing',
      name: id,
      sameAs: `https://www.cve.org/CVERecord?id=${id}`,
    }));
  }
  const graph: Array<Record<string, unknown>> = [article, org];
  if (publisher.publicBody) {
    graph.push({
      '@type': 'GovernmentService',
      name: publisher.name,
      url: new URL('/', publisher.url).href,
      provider: { '@id': org['@id'] },
      serviceType: 'Cyber security advice for Microsoft Exchange servers',
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
