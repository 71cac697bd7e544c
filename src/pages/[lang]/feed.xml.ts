/**
 * /{lang}/feed.xml: Atom feed of the advisories in one language. Each advisory contributes one
 * entry per history entry (its first publication and every update), linking to the advisory page
 * at that change in its version history.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { advisories, slugOf } from '../../collections/catalog.ts';
import { fill } from '../../i18n/index.ts';
import { isLang, LANGS, LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { sitePagesUi } from '../../i18n/site-pages.ts';
import { type AtomEntry, dateTime, renderAtom } from '../../lib/site/atom.ts';
import { publisher as site } from '../../lib/site/publisher.ts';
import { absolute, paths } from '../../lib/site/urls.ts';

export const getStaticPaths: GetStaticPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang;
  if (!isLang(lang)) return new Response('Not found', { status: 404 });
  const t = sitePagesUi(lang).feed;
  const entries: AtomEntry[] = [];
  for (const advisory of await advisories(lang)) {
    const page = absolute(site.url, paths.advisory(lang, slugOf(advisory)));
    advisory.data.history.forEach((change, index) => {
      entries.push({
        // One id per advisory and change date: stable for as long as the history is not rewritten.
        id: `${page}#v-${change.date}`,
        title: fill(index === 0 ? t.published : t.updated, { title: advisory.data.title }),
        url: `${page}#v-${change.date}`,
        published: dateTime(change.date),
        updated: dateTime(change.date),
        summary: index === 0 ? `${advisory.data.description} ${change.summary}` : change.summary,
      });
    });
  }
  const body = renderAtom({
    id: absolute(site.url, paths.feed(lang)),
    title: `${fill(t.title, { site: site.name })} (${LANGUAGE_NAMES[lang]})`,
    subtitle: t.subtitle,
    lang,
    selfUrl: absolute(site.url, paths.feed(lang)),
    siteUrl: absolute(site.url, paths.home(lang)),
    author: { name: site.name, uri: absolute(site.url, '/'), email: site.contactEmail },
    icon: absolute(site.url, '/favicon.svg'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
