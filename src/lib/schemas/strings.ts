/**
 * The schema of every word the site shows: content/i18n/{lang}/{file}.json, one folder per
 * language, one file per area (see STRING_FILES). Every key says where it appears; the types of
 * the strings are derived from here.
 *
 * Placeholders are written `{name}` and filled with `fill()` (src/i18n/fill.ts); a translation
 * must use exactly the placeholders of the English text (checked by `stringProblems`, which the
 * build and tests/unit/i18n run). Plural forms are `{ one, other }` objects, picked by the
 * language's plural rules (`plural()` in src/i18n/format.ts).
 */
import { z } from 'zod';
import { StepId } from '../exchange/advice.ts';
import { ErrorCode, Outcome, UnreachableReason, Verdict } from './api.ts';

/** A non-empty text; `where` says where it appears. */
const text = (where: string) => z.string().trim().min(1).max(1200).describe(where);
/** Singular and plural of a text with `{count}`, chosen by Intl.PluralRules. */
const plural = (where: string) =>
  z
    .object({ one: text(`${where} (count is 1)`), other: text(`${where} (any other count)`) })
    .strict()
    .describe(where);
const group = <T extends z.ZodRawShape>(where: string, shape: T) => z.object(shape).strict().describe(where);

// ---------------------------------------------------------------------------------------------
// ui.json: the page shell and the home page

export const UiStrings = group('Page shell (src/layouts/Base.astro) and home page forms', {
  meta: group('HTML head', {
    siteDescription: text('meta description and social card text of pages without their own'),
  }),
  skipLink: text('first link of every page, jumps to the main content'),
  nav: group('Main navigation in the page header', {
    label: text('aria-label of the main navigation'),
    home: text('link to the home page (the check form)'),
    advisory: text('link to the advisory'),
    guides: text('link to the list of guides'),
    factsheet: text('link to the factsheet'),
    builds: text('link to the table of Exchange builds'),
    vulnerabilities: text('link to the table of vulnerabilities'),
    search: text('link to the search page'),
  }),
  languageSwitch: group('Language switch in the page header', {
    label: text('aria-label of the language list'),
    current: text('hidden note after the language the page is in'),
  }),
  footer: group('Page footer', {
    label: text('aria-label of the footer navigation'),
    privacy: text('link to the privacy page'),
    accessibility: text('link to the accessibility statement'),
    imprint: text('link to the imprint'),
    terms: text('link to the terms of use'),
    reportAbuse: text('link to the report-abuse and opt-out page'),
    howItWorks: text('link to the page that lists what the check sends'),
    api: text('link to the API and open data page'),
    dataVersion: text('date of the knowledge base, {date}'),
    source: text('credit line naming the original advisory'),
  }),
  home: group('Home page (HomeContent, CheckForm, BuildForm) and the og:image card', {
    title: text('h1 of the home page'),
    lead: text('paragraph under the h1'),
    hostLabel: text('label of the hostname field'),
    hostHint: text('hint under the hostname label'),
    submit: text('button that starts a check'),
    terms: text('note under the check button; {link} is the termsLink link'),
    termsLink: text('link text inside home.terms, to the "what the check sends" page'),
    buildTitle: text('heading of the build-number form'),
    buildLead: text('paragraph of the build-number form'),
    buildLabel: text('label of the build-number field'),
    buildHint: text('hint under the build-number label'),
    buildSubmit: text('button of the build-number form'),
    whyTitle: text('heading of the "why" section'),
    why: text('paragraph of the "why" section'),
    readAdvisory: text('link to the advisory at the end of the home page'),
  }),
  errors: group('Error summary and field errors of the forms (ErrorSummary, check-form script)', {
    summaryTitle: text('heading of the error summary box'),
    prefix: text('hidden prefix of a field error, and prefix of the <title> when a form has an error'),
  }),
});

// ---------------------------------------------------------------------------------------------
// result.json: the result pages of a check and of a build number

export const ResultStrings = group('Result pages: /{lang}/check/{id}/ and /{lang}/build/', {
  page: group('Result page heading and the build-number page', {
    title: text('h1 of a stored check result, {host}'),
    buildTitle: text('h1 of the result for an entered build number, {build}'),
    caption: text('small caption above the result h1'),
    checkedAt: text('line under the h1 with the time of the check, {time}'),
    buildFormTitle: text('h1 of the build-number page without a result'),
    buildFormLead: text('paragraph of the build-number page'),
    notFoundTitle: text('h1 when a result id does not exist'),
    checkAnother: text('link back to the check form'),
    checkAnotherBuild: text('link back to the build-number form'),
  }),
  status: group('Status label beside the icon at the top of a result (Verdict, StatusIcon)', {
    label: text('hidden word before the status label'),
    vulnerable: text('status of verdict vulnerable'),
    possibly_vulnerable: text('status of verdict possibly_vulnerable'),
    end_of_life: text('status of verdict end_of_life'),
    update_available: text('status of verdict update_available'),
    up_to_date: text('status of verdict up_to_date'),
    newer_than_data: text('status of verdict newer_than_data'),
    unknown_build: text('status of verdict unknown_build'),
    exchange_online: text('status of verdict and outcome exchange_online'),
    version_hidden: text('status of outcome version_hidden'),
    not_exchange: text('status of outcome not_exchange'),
    unreachable: text('status of outcome unreachable'),
  }),
  support: group('Result page, "Support and updates" answers (SupportAnswers)', {
    heading: text('heading of the section'),
    supportedQuestion: text('first question'),
    latestQuestion: text('second question'),
    yes: text('short answer yes'),
    no: text('short answer no'),
    notKnown: text('short answer when we cannot tell'),
    supported: text('supported product without an end date, {product}'),
    supportedUntil: text('supported product with its end of support, {product} {date}'),
    unsupported: text('product out of support since {date}'),
    unsupportedNoDate: text('product out of support, date not known'),
    unknownProduct: text('build not in the knowledge base'),
    upToDate: text('build is the newest of its CU'),
    behind: text('a newer build exists for the CU'),
    cuNotServiced: text('the CU gets no updates any more; names the CU to install first'),
    cuOnly: text('only the CU could be read, not the update on it'),
    newerThanData: text('build newer than the knowledge base, complete up to {date}'),
    latestUnknown: text('no newer build to compare with'),
    esuOnly: text('note under an update that only ESU customers get (also under such a step)'),
  }),
  ladder: group('Result page, update ladder diagram and its list (UpdateLadder)', {
    heading: text('heading of the section'),
    intro: text('paragraph above the diagram'),
    title: text('SVG title of the diagram, {from} {to}'),
    you: text('marker on the rung the server is on'),
    kev: text('marker on a rung that closes an exploited vulnerability'),
    legendKev: text('legend of the kev marker'),
    textHeading: text('heading of the list version of the diagram'),
    rung: text('one rung in the list, {name} {build} {date}'),
    rungNoDate: text('one rung in the list without a release date'),
    current: text('note on the rung the server is on'),
    esuOnly: text('note on a rung only ESU customers get'),
    alreadyNewest: text('shown instead of the ladder when there is no newer build'),
    more: plural('collapsed rungs between the first and the last few, {count}'),
  }),
  steps: group('Result page, "What to do" list of advice steps (Steps)', {
    heading: text('heading of the section'),
    none: text('shown when there is no step'),
    guide: text('link from a step to its guide'),
    kb: text('link from a step to its Microsoft KB article, {kb}'),
    download: text('link from a step to its download page'),
    esuOnly: text('note under a step whose update only ESU customers get'),
  }),
  vulns: group('Result page, table of open vulnerabilities (Vulnerabilities)', {
    heading: text('heading of the section'),
    intro: text('paragraph above the table'),
    caption: text('table caption, {build}'),
    id: text('column: the vulnerability'),
    cvss: text('column: CVSS score'),
    kev: text('column: listed in CISA KEV'),
    ransomware: text('column: used in ransomware campaigns'),
    fixedIn: text('column: build that fixes it'),
    confidence: text('column: confirmed or possibly open'),
    confirmed: text('cell: confirmed open'),
    possible: text('cell: possibly open'),
    possibleNote: text('note under the table when some rows are only possibly open'),
    yes: text('cell: yes'),
    yesSince: text('cell: in KEV since {date}'),
    no: text('cell: no'),
    notRated: text('cell: no CVSS score'),
    noFix: text('cell: no fix for this version'),
    none: text('shown instead of the table when nothing is open'),
    untracked: text('note for end-of-life versions, above a list'),
    untrackedNone: text('note for end-of-life versions, when the list is empty'),
    configHeading: text('heading of the vulnerabilities that depend on settings'),
    configIntro: text('paragraph under configHeading'),
    configWhat: text('label before what to check for one such vulnerability'),
    englishNote: text('note that vulnerability titles are in English'),
    printKev: text('print-only tag of a KEV row'),
    printRansomware: text('print-only tag of a ransomware row'),
    printPossible: text('print-only tag of a possibly open row'),
  }),
  builds: group('Result page, box shown when servers behind one name report different builds (BuildsDisagree)', {
    heading: text('heading of the box'),
    body: text('paragraph, {build} is the lowest build'),
    item: text('one build and where it was seen, {build} {paths}'),
  }),
  evidence: group('Result page, "What was checked and how" table (Evidence)', {
    heading: text('heading of the section'),
    intro: text('paragraph above the table, {host}'),
    caption: text('table caption, {host}'),
    path: text('column: request path'),
    status: text('column: HTTP answer'),
    signal: text('column: what was read'),
    value: text('column: build found'),
    noAnswer: text('cell: no answer and why, {reason}'),
    httpStatus: text('cell: HTTP status, {status}'),
    noValue: text('cell: no build found'),
    none: text('shown when no request got an answer'),
    checkedAt: text('term: time of the check'),
    dataVersion: text('term: date of the knowledge base'),
    reused: text('note when the cooldown reused a recent check'),
    entered: text('note on the build-number result, {build}'),
    limitsHeading: text('heading of the limits note'),
    limits: text('what the check cannot see'),
    signals: group('cell: kind of version signal read from an answer', {
      'x-owa-version': text('the X-OWA-Version header'),
      'logon-path': text('version in the OWA sign-in page'),
      'export-tool-manifest': text('version in the export tool manifest'),
      'exchange-headers': text('Exchange headers without a version'),
      'microsoft-365': text('signs of Microsoft 365'),
      none: text('nothing relevant'),
    }),
    errors: group('cell: why a request got no answer', {
      timeout: text('timed out'),
      tls: text('TLS failed'),
      connection: text('connection refused or blocked'),
      http_error: text('error status'),
      redirect_blocked: text('redirect not followed'),
      too_many_redirects: text('too many redirects'),
      too_large: text('answer too large'),
    }),
  }),
  age: group('Result page, banner on results older than a day (AgeBanner)', {
    one: text('age of the result when it is 1 day old'),
    other: text('age of the result, {days}'),
    recheck: text('button that checks the server again'),
    now: text('a new check is possible now'),
    later: text('a new check is possible later, {when}'),
  }),
  outcome: group('Result page for outcomes without a verdict (OutcomeText)', {
    nextHeading: text('heading of the next steps'),
    reasonHeading: text('heading of the unreachable reason'),
    buildLead: text('paragraph above the build-number form'),
    healthChecker: text('link to the Health Checker guide'),
    suggestionsHeading: text('heading of the suggested names'),
    suggestionsLead: text('paragraph above the suggested names'),
    suggestionButton: text('button that checks a suggested name, {host}'),
    checkAnother: text('link back to the check form'),
  }),
  actions: group('Result page, permalink and delete (ResultActions, delete and deleted pages)', {
    permalinkHeading: text('heading of the permalink box'),
    permalinkText: text('who can see a stored result and when it is deleted, {retentionDays}'),
    permalinkBuild: text('permalink note on a build-number result'),
    deleteButton: text('button and page title: delete the result'),
    deleteHint: text('hint under the delete button'),
    deletedTitle: text('caption of the page after deleting'),
    deletedHeading: text('h1 of the page after deleting'),
    deletedBody: text('paragraph of the page after deleting'),
  }),
  rateLimit: group('Check form page after too many checks (check/index)', {
    title: text('heading of the rate-limit box'),
    at: text('when a new check is possible, {time}'),
  }),
  progress: group('Check form, live progress while a check runs (check-form script)', {
    heading: text('heading of the progress box, {host}'),
    expected: text('expected duration, {seconds}'),
    resolve: text('step 1'),
    contact: text('step 2'),
    read: text('step 3'),
    assess: text('step 4'),
    done: text('hidden state of a finished step'),
    current: text('hidden state of the running step'),
    waiting: text('hidden state of a step not yet started'),
    opening: text('announced when the result opens'),
  }),
});

// ---------------------------------------------------------------------------------------------
// reference.json: builds, lifecycles and vulnerabilities tables, open data

export const ReferenceStrings = group('Reference pages /{lang}/builds/ and /{lang}/vulnerabilities/', {
  buildsTitle: text('h1 of the builds page'),
  buildsLead: text('paragraph under the h1 of the builds page, {date}'),
  productsHeading: text('heading of the lifecycle table'),
  product: text('lifecycle column: version'),
  released: text('lifecycle column: release date'),
  endOfSupport: text('lifecycle column: end of support'),
  supportState: text('lifecycle column: support state'),
  supported: text('lifecycle cell: supported'),
  unsupported: text('lifecycle cell: end of life'),
  modernPolicy: text('lifecycle cell: end of support for Modern Lifecycle products'),
  esu: text('lifecycle term: Extended Security Updates'),
  esuOver: text('lifecycle cell: ESU period that has ended, {start} {end}'),
  upgradePaths: text('lifecycle term: ways forward'),
  inPlace: text('lifecycle cell: in-place upgrade, {to} {from}'),
  migration: text('lifecycle cell: migration, {to}'),
  anyCu: text('lifecycle cell: from any CU'),
  buildsOf: text('heading of one product’s builds, {product}'),
  buildCount: text('count under that heading, {count}'),
  cu: text('builds column: cumulative update'),
  update: text('builds column: update name'),
  build: text('builds column: build number'),
  date: text('builds column: release date'),
  kb: text('builds column: KB article'),
  esuOnly: text('builds cell: only ESU customers get this build'),
  cuOutOfSupport: text('builds cell: the CU is no longer serviced'),
  estimated: text('builds cell: the release date is estimated'),
  baseCu: text('builds cell: the row is the CU itself'),
  announcement: text('builds cell: link to the announcement'),
  filterHeading: text('label of the product filter'),
  allVersions: text('product filter: all versions'),
  vulnsTitle: text('h1 of the vulnerabilities page'),
  vulnsLead: text('paragraph under that h1, {count} {kevCount} {date}'),
  onlyKev: text('link and h1: known-exploited only'),
  allVulns: text('link: all vulnerabilities'),
  kevTitle: text('h1 of the known-exploited page'),
  id: text('vulnerabilities column: CVE id'),
  titleCol: text('vulnerabilities column: title'),
  cvss: text('vulnerabilities column: CVSS score'),
  kevCol: text('vulnerabilities column: in CISA KEV'),
  ransomware: text('vulnerabilities column: used in ransomware'),
  fixedIn: text('vulnerabilities column: fixed builds'),
  fixedBuildsCount: text('vulnerabilities cell: number of fixed builds, {count}'),
  kevAdded: text('vulnerabilities cell: in KEV since {date}'),
  no: text('cell: no'),
  yes: text('cell: yes'),
  unknown: text('cell: not known'),
  notByBuild: text('vulnerabilities cell: a fix that the build number cannot show'),
  settingOverride: text('vulnerabilities cell: a fix that a setting override can switch off'),
  cveRecord: text('vulnerabilities cell: link to the CVE record'),
  openData: text('heading of the open-data links'),
  openDataLead: text('paragraph above the open-data links, {licence}'),
  sources: text('heading of the data sources'),
  sourceDate: text('date of one data source, {date}'),
});

// ---------------------------------------------------------------------------------------------
// pages.json: advisory, guides, factsheet, service pages, search, feed, error pages

export const PagesStrings = group('Advisory, guides, factsheet, service pages, search, feed and error pages', {
  breadcrumbs: group('Breadcrumb trail above the h1 (Breadcrumbs)', {
    label: text('aria-label of the trail'),
    home: text('first link of the trail'),
  }),
  dates: group('Dates under the h1 of dated pages (PageDates)', {
    firstPublished: text('term: first published'),
    lastUpdated: text('term: last updated'),
    seeHistory: text('link to the version history'),
  }),
  toc: group('"On this page" box of long pages (OnThisPage)', {
    title: text('heading of the box'),
  }),
  history: group('Version history at the end of dated pages (VersionHistory)', {
    title: text('heading'),
    intro: text('paragraph under the heading'),
  }),
  sources: group('Sources at the end of the advisory and guides (SourceList)', {
    title: text('heading'),
    intro: text('paragraph under the heading'),
  }),
  cite: group('"Cite this page" box (CiteThis)', {
    title: text('heading'),
    intro: text('paragraph under the heading'),
    titleLabel: text('term: title'),
    publisher: text('term: publisher'),
    date: text('term: last updated'),
    url: text('term: web address'),
    accessed: text('term: accessed'),
    accessedValue: text('value of the accessed term'),
    citation: text('term: the citation to copy'),
    template: text('the citation, {publisher} {title} {date} {url} {accessed}'),
    accessedPlaceholder: text('the {accessed} of the citation, for the reader to fill in'),
  }),
  advisory: group('Advisory pages', {
    kicker: text('caption above the h1 of an advisory'),
    cves: text('heading of the CVE list of an advisory'),
  }),
  guides: group('Guides list and guide pages', {
    title: text('h1 of the guides list'),
    description: text('meta description of the guides list'),
    lead: text('paragraph under the h1 of the guides list'),
    kicker: text('caption above the h1 of a guide'),
    audience: text('term: who a guide is for'),
    timeNeeded: text('term: time a guide takes'),
    all: text('link back to the guides list'),
  }),
  factsheet: group('Factsheet page', {
    kicker: text('caption above the h1'),
    printHint: text('screen-only note on how to print'),
  }),
  search: group('Search page (search.astro, src/public/js/search.js, AtoZ)', {
    title: text('h1 and <title>'),
    description: text('meta description'),
    label: text('label of the search field'),
    hint: text('hint under the label'),
    submit: text('search button'),
    resultsOne: text('one result, {query}'),
    resultsMany: text('several results, {count} {query}'),
    noResults: text('no result, {query}'),
    loading: text('while searching'),
    unavailable: text('when the search index cannot load'),
    azTitle: text('heading of the A to Z list'),
    azLead: text('paragraph under that heading'),
    letters: text('aria-label of the letter links'),
  }),
  notFound: group('404 page (NotFound)', {
    title: text('h1 and <title>'),
    typed: text('hint for a typed address'),
    pasted: text('hint for a pasted address'),
    next: text('lead of the list of links'),
    home: text('link to the home page'),
    search: text('link to the search page'),
    advisory: text('link to the advisory'),
  }),
  serverError: group('500 page (ServerError)', {
    title: text('h1 and <title>'),
    body: text('first paragraph'),
    saved: text('what happened to a running check'),
    contact: text('whom to write to, {email}'),
  }),
  feed: group('Atom feed /{lang}/feed.xml', {
    title: text('feed title, {site}'),
    subtitle: text('feed subtitle'),
    published: text('entry title of a new advisory, {title}'),
    updated: text('entry title of an updated advisory, {title}'),
  }),
  table: group('Tables in Markdown pages', {
    label: text('aria-label of a scrollable table'),
  }),
});

// ---------------------------------------------------------------------------------------------
// advice.json: the steps the assessment returns

/** Guidance pages that advice steps link to, /{lang}/guides/<slug>/. */
export const GUIDE_SLUGS = [
  'install-updates',
  'mitigate-while-patching',
  'check-for-compromise',
  'run-health-checker',
  'harden-exchange',
  'leave-end-of-life',
] as const;
export const GuideSlug = z.enum(GUIDE_SLUGS);
export type GuideSlug = z.infer<typeof GuideSlug>;

/**
 * Every advice step the assessment can return (src/lib/exchange/advice.ts), with the params it
 * passes. The texts may use these params and no others; a param may be left unused (`esuOnly` is
 * shown by the result page, not by the step text).
 */
export const ADVICE_PARAMS = {
  'install-cu': ['product', 'cu', 'build', 'kb', 'url'],
  'install-update': ['product', 'cu', 'update', 'build', 'kb', 'url', 'released', 'esuOnly'],
  'mitigate-while-patching': [],
  'check-compromise': ['cves'],
  'run-health-checker': [],
  'check-configuration': ['cves'],
  'upgrade-2019-to-se': ['cu'],
  'migrate-2016': [],
  'migrate-legacy': ['version'],
  'move-to-exchange-online': [],
  'keep-updated': [],
  'newer-than-data': ['dataVersion'],
  'verify-build': [],
} as const satisfies Record<StepId, readonly string[]>;
export const AdviceId = StepId;
export type AdviceId = StepId;
export const ADVICE_IDS = StepId.options;

export const AdviceText = z
  .object({
    /** Imperative, task-shaped: "Install CU15 for Exchange Server 2019". */
    title: text('heading of the step in the "What to do" list'),
    /** Plain text with `{param}` placeholders; bare URLs are rendered as links. */
    body: text('paragraph of the step; plain text, bare URLs become links'),
    /** The guidance page for the step, or null. */
    guide: GuideSlug.nullable().describe('guide the step links to (a slug, not a text: same in every language)'),
  })
  .strict();
export type AdviceText = z.infer<typeof AdviceText>;

/** One language's advice texts: exactly one entry per advice id. */
export const AdviceFile = z
  .object(
    Object.fromEntries(
      ADVICE_IDS.map((id) => [id, AdviceText.describe(`Result page, "What to do" list: the step ${id}`)]),
    ) as Record<AdviceId, typeof AdviceText>,
  )
  .strict();
export type AdviceFile = z.infer<typeof AdviceFile>;

// ---------------------------------------------------------------------------------------------
// messages.json: verdicts, outcomes, unreachable reasons, error messages, by the API's codes

/** Outcomes with their own page text (`assessed` shows the verdict instead). */
export const MESSAGE_OUTCOMES = Outcome.options.filter(
  (outcome): outcome is Exclude<Outcome, 'assessed'> => outcome !== 'assessed',
);

export type MessageKey =
  | `verdict.${Verdict}`
  | `outcome.${Exclude<Outcome, 'assessed'>}.${'title' | 'body'}`
  | `reason.${UnreachableReason}`
  | `error.${ErrorCode}`;

type Where = [MessageKey, string];
const MESSAGE_WHERE: Where[] = [
  ...Verdict.options.map(
    (verdict): Where => [`verdict.${verdict}`, `Result page: sentence under the status for verdict ${verdict}`],
  ),
  ...MESSAGE_OUTCOMES.flatMap((outcome): Where[] => [
    [`outcome.${outcome}.title`, `Result page: heading for outcome ${outcome}`],
    [`outcome.${outcome}.body`, `Result page: paragraph for outcome ${outcome}`],
  ]),
  ...UnreachableReason.options.map(
    (reason): Where => [`reason.${reason}`, `Result page of an unreachable server: the reason ${reason}`],
  ),
  ...ErrorCode.options.map(
    (code): Where => [`error.${code}`, `Check and build forms: error summary and field error for API error ${code}`],
  ),
];

/** Every message key: the verdict sentence, the outcome title and body, the unreachable reason, the error message. */
export const MESSAGE_KEYS: MessageKey[] = MESSAGE_WHERE.map(([key]) => key);
export const MessageKey = z.enum(MESSAGE_KEYS as [MessageKey, ...MessageKey[]]);

/**
 * The placeholders a message may use, and what the renderer passes. Keys not listed take none.
 * - count: open vulnerabilities (confirmed); kevCount: those of them in CISA's KEV catalog.
 * - retryAfter: seconds from the Retry-After header.
 * Site facts (FACT_TOKENS, e.g. {retentionDays}) may be used anywhere.
 */
export const MESSAGE_PARAMS: Partial<Record<MessageKey, readonly string[]>> = {
  'verdict.vulnerable': ['count', 'kevCount'],
  'error.rate_limited': ['retryAfter'],
};

/** One language's messages: exactly one non-empty plain-text string per key. */
export const MessagesFile = z
  .object(
    Object.fromEntries(MESSAGE_WHERE.map(([key, where]) => [key, text(where)])) as Record<MessageKey, z.ZodString>,
  )
  .strict();
export type MessagesFile = z.infer<typeof MessagesFile>;

// ---------------------------------------------------------------------------------------------
// One language: the files of content/i18n/{lang}/

export const STRING_FILES = ['ui', 'result', 'reference', 'pages', 'messages', 'advice'] as const;
export type StringFile = (typeof STRING_FILES)[number];

export const Strings = z
  .object({
    ui: UiStrings,
    result: ResultStrings,
    reference: ReferenceStrings,
    pages: PagesStrings,
    messages: MessagesFile,
    advice: AdviceFile,
  })
  .strict()
  .describe('Every word of the site in one language: content/i18n/{lang}/*.json');
export type Strings = z.infer<typeof Strings>;
export type UiStrings = Strings['ui'];
export type ResultStrings = Strings['result'];
export type ReferenceStrings = Strings['reference'];
export type PagesStrings = Strings['pages'];
