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
import { GLOSSARY_TERM_IDS, type GlossaryTermId } from '../site/glossary.ts';
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
    name: text('the language’s own name: the language switch, the feed title'),
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
    campaigns: text('link to the campaign pages for CERTs'),
    dataVersion: text('date of the knowledge base, {date}'),
    source: text('credit line naming the original advisory'),
  }),
  home: group('Home page (HomeContent, HostForm, BuildForm) and the og:image card', {
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
  esu: group('Microsoft’s paid Extended Security Update programme, wherever an update is for ESU customers only', {
    short: text('tag on a build: ladder rung on the result page, row of the builds table'),
    note: text('sentence under such an update: support answers and the step that installs it'),
  }),
  errors: group('Error summary and field errors of the forms (ErrorSummary, FieldError, host-form.ts)', {
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
  statusLabel: text('hidden word before the status at the top of a result (Verdict, OutcomeText)'),
  support: group('Result page, "Support and updates" answers (SupportAnswers)', {
    supportedQuestion: text('first question'),
    latestQuestion: text('second question'),
    yes: text('short answer yes'),
    no: text('short answer no'),
    notKnown: text('short answer when we cannot tell'),
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
    alreadyNewest: text('shown instead of the ladder when there is no newer build'),
    more: plural('collapsed rungs between the first and the last few, {count}'),
  }),
  steps: group('Result page, "What to do" list of advice steps (Steps)', {
    heading: text('heading of the section'),
    none: text('shown when there is no step'),
    guide: text('link from a step to its guide'),
    kb: text('link from a step to its Microsoft KB article, {kb}'),
    download: text('link from a step to its download page'),
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
    configHeading: text('heading of the vulnerabilities that depend on settings'),
    configIntro: text('paragraph under configHeading'),
    configWhat: text('label before what to check for one such vulnerability'),
    englishNote: text('note that vulnerability titles are in English'),
    printRansomware: text('print-only tag of a ransomware row'),
    printPossible: text('print-only tag of a possibly open row'),
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
      'cross-site-redirect': text('a redirect to another site, not followed'),
      none: text('nothing relevant'),
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
  progress: group('Check form, live progress while a check runs (CheckProgress, host-form.ts)', {
    heading: text('heading of the progress box, {host}'),
    expected: text('expected duration, {deadlineSeconds}'),
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
  modernPolicy: text(
    'lifecycle cell: end of support for Modern Lifecycle products; links the glossary as [label](glossary:modern-lifecycle)',
  ),
  esu: text(
    'lifecycle cell: the ESU periods of a product, {periods} (esuOver joined); links the glossary as [label](glossary:esu)',
  ),
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
  cuOutOfSupport: text('builds cell: the CU is no longer serviced'),
  estimated: text('builds cell: the release date is estimated'),
  baseCu: text('builds cell: the row is the CU itself'),
  filterHeading: text('label of the product filter'),
  vulnsTitle: text('h1 of the vulnerabilities page'),
  vulnsLead: text('paragraph under that h1, {count} {kevCount} {date}'),
  kevLead: text('paragraph under the h1 of the known-exploited page, {kevCount}'),
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
    url: text('term: web address'),
    version: text('term: version of the page'),
    citation: text('term: the citation to copy'),
    template: text('the citation, with the publisher, title, dates, version and URL'),
    machine: text('lead of the CSL-JSON and BibTeX links'),
  }),
  original: group('Box naming the original advisory this site’s advisory is based on', {
    title: text('heading of the box'),
    basedOn: text('sentence before the link to the original'),
    label: text('tag saying the original is not a version of this page'),
    recommendations: text('lead of the original’s recommendations'),
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
  search: group('Search page (search.astro, src/components/site/search.ts, AtoZ)', {
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
// campaigns.json and letters.json: the CERT pages and the printable letters

export const CampaignsStrings = group(
  'Campaign pages for CERTs: /{lang}/campaigns/ (sign-in, list, upload, progress, report)',
  {
    title: text('title'),
    description: text('description'),
    lead: text('lead'),
    signIn: group('campaign pages: sign in', {
      heading: text('heading'),
      tokenLabel: text('token label'),
      tokenHint: text('token hint'),
      submit: text('submit'),
      wrong: text('wrong'),
      noToken: text('no token'),
    }),
    signedInAs: text('signed in as'),
    signOut: text('sign out'),
    list: group('campaign pages: list', {
      heading: text('heading'),
      empty: text('empty'),
      name: text('name'),
      created: text('created'),
      status: text('status'),
      progress: text('progress'),
    }),
    status: group('campaign pages: status', {
      queued: text('queued'),
      running: text('running'),
      done: text('done'),
    }),
    create: group('campaign pages: create', {
      heading: text('heading'),
      nameLabel: text('name label'),
      nameHint: text('name hint'),
      fileLabel: text('file label'),
      fileHint: text('file hint'),
      submit: text('submit'),
      nameMissing: text('name missing'),
      fileMissing: text('file missing'),
    }),
    campaign: group('campaign pages: campaign', {
      progressHeading: text('progress heading'),
      wave: text('wave'),
      checkedOf: text('checked of'),
      created: text('created'),
      finished: text('finished'),
      live: text('live'),
      reload: text('reload'),
      outcomeHeading: text('outcome heading'),
      count: text('count'),
      assessed: text('assessed'),
      back: text('back'),
      notFound: text('not found'),
    }),
    report: group('campaign pages: report', {
      heading: text('heading'),
      chartTitle: text('chart title'),
      verdict: text('verdict'),
      kev: text('kev'),
      eol: text('eol'),
      improved: text('improved'),
      nothingYet: text('nothing yet'),
    }),
    rejected: group('campaign pages: rejected', {
      heading: text('heading'),
      intro: text('intro'),
      line: text('line'),
      input: text('input'),
      reason: text('reason'),
      codes: group('campaign pages: codes', {
        invalid_host: text('invalid host'),
        private_address: text('private address'),
        port_not_allowed: text('port not allowed'),
        opted_out: text('opted out'),
        duplicate: text('duplicate'),
        invalid_language: text('invalid language'),
        invalid_line: text('invalid line'),
      }),
    }),
    downloads: group('campaign pages: downloads', {
      heading: text('heading'),
      csv: text('csv'),
      json: text('json'),
    }),
    letters: group('Printable letters of a campaign, one per checked target, in its language (Letter.astro)', {
      heading: text('heading'),
      intro: text('intro'),
      langLabel: text('lang label'),
      deadlineLabel: text('deadline label'),
      deadlineHint: text('deadline hint'),
      open: text('open'),
    }),
    recheck: group('campaign pages: recheck', {
      heading: text('heading'),
      intro: text('intro'),
      button: text('button'),
    }),
    remove: group('campaign pages: remove', {
      heading: text('heading'),
      intro: text('intro'),
      button: text('button'),
      done: text('done'),
    }),
  },
);

export const LettersStrings = group(
  'Printable letters of a campaign, one per checked target, in its language (Letter.astro)',
  {
    documentTitle: text('document title'),
    printHint: text('print hint'),
    back: text('back'),
    from: text('from'),
    to: text('to'),
    date: text('date'),
    reference: text('reference'),
    subject: group('campaign pages: subject', {
      action: text('action'),
      endOfLife: text('end of life'),
      ok: text('ok'),
      unknown: text('unknown'),
    }),
    greeting: text('greeting'),
    checked: text('checked'),
    findingHeading: text('finding heading'),
    deadline: text('deadline'),
    soon: text('soon'),
    resultHeading: text('result heading'),
    permalink: text('permalink'),
    checkAgain: text('check again'),
    dataAsOf: text('data as of'),
    closing: text('closing'),
    contact: text('contact'),
  },
);

// ---------------------------------------------------------------------------------------------
// judged.json: the words of what a stored result judged

export const JudgedStrings = group(
  'What a stored result judged, rendered from the stored answers (result pages, letters)',
  {
    answers: group('stored judgement: answers', {
      supported: text('supported'),
      supportedUntil: text('supported until'),
      unsupported: text('unsupported'),
      unsupportedNoDate: text('unsupported no date'),
      unknownProduct: text('unknown product'),
      upToDate: text('up to date'),
      upToDateAsOf: text('up to date as of'),
      behind: text('behind'),
      cuNotServiced: text('cu not serviced'),
      cuOnly: text('cu only'),
      newerThanData: text('newer than data'),
      latestUnknown: text('latest unknown'),
      lastPublicInstalled: text('last public installed'),
      lastPublicMissing: text('last public missing'),
      esuLater: text('esu later'),
      noMoreUpdates: text('no more updates'),
    }),
    steps: group('stored judgement: steps', {
      exploited: text('exploited'),
      configuration: text('configuration'),
      lastPublic: text('last public'),
    }),
    severity: group('stored judgement: severity', {
      kevSince: text('kev since'),
      since: text('since'),
    }),
    tracked: group('stored judgement: tracked', {
      untracked: text('untracked'),
    }),
    builds: group('stored judgement: builds', {
      heading: text('heading'),
      body: text('body'),
      item: text('item'),
      assessed: text('assessed'),
    }),
    data: group('stored judgement: data', {
      statusAsOf: text('status as of'),
      newerHeading: text('newer heading'),
      newerBody: text('newer body'),
      staleAsOf: text('stale as of'),
      buildList: text('build list'),
    }),
    precision: group('stored judgement: precision', {
      update: text('update'),
      cu: text('cu'),
    }),
    print: group('stored judgement: print', {
      count: text('count'),
      evidence: text('evidence'),
    }),
    delete: group('stored judgement: delete', {
      title: text('title'),
      body: text('body'),
      confirm: text('confirm'),
      keep: text('keep'),
    }),
    form: group('stored judgement: form', {
      emailAddress: text('email address'),
    }),
    forward: group('stored judgement: forward', {
      heading: text('heading'),
      intro: text('intro'),
      leadHost: text('lead host'),
      leadBuild: text('lead build'),
      stepsHeading: text('steps heading'),
      result: text('result'),
      copy: text('copy'),
      copyLink: text('copy link'),
      copied: text('copied'),
      factsheet: text('factsheet'),
    }),
    configWhat: group('stored judgement: config what', {
      'CVE-2024-21410': text('cve 2024 21410'),
      'CVE-2025-53786': text('cve 2025 53786'),
      other: text('other'),
    }),
  },
);

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
  'install-update': ['product', 'cu', 'update', 'build', 'kb', 'url', 'released', 'esuOnly', 'last'],
  'install-esu-update': ['product', 'cu', 'update', 'build', 'kb', 'url', 'released', 'esuOnly', 'esuStart', 'esuEnd'],
  'mitigate-while-patching': [],
  'reduce-exposure': [],
  // cves is a list: the result page shows it below the text.
  'check-compromise': ['cves'],
  'run-health-checker': [],
  'read-installed-update': [],
  'check-configuration': ['cves'],
  'upgrade-2019-to-se': ['cu', 'installFirst'],
  'migrate-2016-to-se': [],
  'migrate-legacy-to-se': ['version', 'via'],
  'move-to-exchange-online': [],
  'check-newer-updates': ['dataVersion', 'url'],
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

const byCode = <K extends string, T extends z.ZodType>(codes: readonly K[], entry: (code: K) => T) =>
  z.object(Object.fromEntries(codes.map((code) => [code, entry(code)])) as Record<K, T>).strict();

/**
 * One entry per code of the API (src/lib/schemas/api.ts), with every wording of that code: the
 * short status beside the icon and the sentence of a verdict; the status, heading and paragraph of
 * an outcome; the table cell and the sentence of an unreachable reason; the error message.
 */
export const MessagesFile = z
  .object({
    verdict: byCode(Verdict.options, (verdict) =>
      group(`Result page of an assessed build with verdict ${verdict} (Verdict)`, {
        status: text('status beside the icon at the top'),
        text: text('sentence under the status'),
      }),
    ),
    outcome: byCode(MESSAGE_OUTCOMES, (outcome) =>
      group(`Result page for outcome ${outcome} (OutcomeText)`, {
        status: text('status beside the icon at the top'),
        title: text('heading'),
        body: text('paragraph under the heading'),
      }),
    ),
    reason: byCode(UnreachableReason.options, (reason) =>
      group(`Why a request or the whole check got no answer: ${reason}`, {
        short: text('cell of the evidence table (Evidence)'),
        text: text('sentence on the result page of an unreachable server (OutcomeText)'),
      }),
    ),
    error: byCode(ErrorCode.options, (code) =>
      text(`Check and build forms: error summary and field error for API error ${code}`),
    ),
  })
  .strict();
export type MessagesFile = z.infer<typeof MessagesFile>;

/** The dotted path of every message text, e.g. `verdict.vulnerable.text` or `error.invalid_host`. */
export const MESSAGE_KEYS: string[] = [
  ...Verdict.options.flatMap((verdict) => [`verdict.${verdict}.status`, `verdict.${verdict}.text`]),
  ...MESSAGE_OUTCOMES.flatMap((outcome) => ['status', 'title', 'body'].map((part) => `outcome.${outcome}.${part}`)),
  ...UnreachableReason.options.flatMap((reason) => [`reason.${reason}.short`, `reason.${reason}.text`]),
  ...ErrorCode.options.map((code) => `error.${code}`),
];

/**
 * The placeholders a message may use, and what the renderer passes. Keys not listed take none.
 * - count: open vulnerabilities (confirmed); kevCount: those of them in CISA's KEV catalog.
 * - retryAfter: seconds from the Retry-After header.
 * The limits (FACTS of src/lib/limits.ts, e.g. {retentionDays}) may be used anywhere.
 */
export const MESSAGE_PARAMS: Partial<Record<string, readonly string[]>> = {
  'verdict.vulnerable.text': ['count', 'kevCount'],
  'error.rate_limited': ['retryAfter'],
};

// ---------------------------------------------------------------------------------------------
// glossary.json: the glossary page /{lang}/glossary/ (src/lib/site/glossary.ts)

/** What each term is, for the translator: the meaning the site uses it in. */
const GLOSSARY_TERM_WHERE: Record<GlossaryTermId, string> = {
  build: 'the build number (15.2.1748.24): the version and update level a server runs',
  'cumulative-update': 'cumulative update (CU): the large update that brings a server to a new version level',
  'security-update': 'security update (SU): the update that closes vulnerabilities on one CU',
  'hotfix-update':
    'Hotfix Update (HU): Microsoft’s update type since 2025 with fixes and features, sometimes also security fixes',
  hotfix: 'hotfix: a fix for one problem, outside the regular updates',
  'admin-display-version': 'AdminDisplayVersion (Get-ExchangeServer) shows only the CU, not the installed update',
  'end-of-support': 'end of support, end of life: no more security updates from Microsoft',
  'modern-lifecycle':
    'Microsoft’s Modern Lifecycle Policy (Exchange SE): supported while kept current, no fixed end date',
  esu: 'Extended Security Updates (ESU): Microsoft’s paid programme of updates after the end of support',
  'subscription-edition': 'Exchange Server Subscription Edition (SE), the successor of Exchange 2019',
  'exchange-online': 'Exchange Online: Microsoft’s Exchange in the cloud (Microsoft 365)',
  hybrid: 'a hybrid setup: a local Exchange server connected to Exchange Online',
  cve: 'CVE: the id of a published vulnerability',
  'known-exploited': 'known to be exploited, CISA’s Known Exploited Vulnerabilities (KEV) catalogue',
  'kb-article': 'KB article: Microsoft’s support article of an update (KB5012345)',
  'health-checker': 'Microsoft’s Exchange Health Checker script',
  'extended-protection': 'Extended Protection, the Windows setting that Exchange needs against relay attacks',
  mitigation: 'mitigation: a measure that blocks an attack until the update is installed (EEMS)',
};

const glossaryTerm = (id: GlossaryTermId) =>
  group(`Glossary entry #${id}: ${GLOSSARY_TERM_WHERE[id]}`, {
    term: text('the term as the section heading: the name, its abbreviation and other names people meet'),
    definition: text(
      'the plain definition, for a small-business owner; may link other terms as [label](glossary:id) and quote the knowledge base as {end2013} {end2016} {end2019} {esuStart} {esuEnd} {seReleased} {supportedCus} {kevCount} {kevDate}',
    ),
  });

export const GlossaryStrings = group('The glossary page /{lang}/glossary/ (src/pages/[lang]/glossary.astro)', {
  title: text('h1, page title and link text of the glossary in the navigation and the A to Z list'),
  description: text('meta description of the glossary page'),
  lead: text('paragraph under the h1'),
  guideLink: text('link under a definition to one of our guides, {title} is the guide’s title'),
  pageLink: text('link under a definition to one of our reference pages, {title} is its title'),
  externalLink: text('link under a definition to the official page (Microsoft, CISA), {host} is its host name'),
  terms: z
    .object(
      Object.fromEntries(GLOSSARY_TERM_IDS.map((id) => [id, glossaryTerm(id)])) as {
        [K in GlossaryTermId]: ReturnType<typeof glossaryTerm>;
      },
    )
    .strict()
    .describe('Every term of the glossary, by its anchor id (the same in every language)'),
});

// ---------------------------------------------------------------------------------------------
// One language: the files of content/i18n/{lang}/

export const STRING_FILES = [
  'ui',
  'result',
  'reference',
  'pages',
  'campaigns',
  'letters',
  'judged',
  'messages',
  'advice',
  'glossary',
] as const;
export type StringFile = (typeof STRING_FILES)[number];

export const Strings = z
  .object({
    ui: UiStrings,
    result: ResultStrings,
    reference: ReferenceStrings,
    pages: PagesStrings,
    campaigns: CampaignsStrings,
    letters: LettersStrings,
    judged: JudgedStrings,
    messages: MessagesFile,
    advice: AdviceFile,
    glossary: GlossaryStrings,
  })
  .strict()
  .describe('Every word of the site in one language: content/i18n/{lang}/*.json');
export type Strings = z.infer<typeof Strings>;
export type UiStrings = Strings['ui'];
export type ResultStrings = Strings['result'];
export type ReferenceStrings = Strings['reference'];
export type PagesStrings = Strings['pages'];
