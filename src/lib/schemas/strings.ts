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
    note: text(
      'note under a step that installs an update for ESU customers only (result page "What to do", forward text, letters)',
    ),
  }),
  errors: group('Error summary and field errors of the forms (ErrorSummary, FieldError, host-form.ts)', {
    summaryTitle: text('heading of the error summary box'),
    prefix: text('hidden prefix of a field error, and prefix of the <title> when a form has an error'),
    emailAddress: text(
      'error under the hostname field and in the error summary when an e-mail address was entered: on the page answering a refused check (/{lang}/check/) and from the form’s script on the home page (host-form.ts, via /{lang}/host-form.json); keep the example names as they are',
    ),
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
  support: group(
    'Result page, "Support and updates" (SupportAnswers): two questions, each answered by a short word and a sentence of judged.answers',
    {
      supportedQuestion: text('h2 of the first answer: is the Exchange version still supported'),
      latestQuestion: text('h2 of the second answer: is the newest update installed'),
      yes: text('answer word in bold before the sentence: yes; keep short'),
      no: text('answer word in bold before the sentence: no; keep short'),
      notKnown: text('answer word in bold before the sentence when we cannot tell; keep short'),
    },
  ),
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
  delete: group('Page that asks before a stored result is deleted (/{lang}/check/{id}/delete)', {
    title: text('h1 and <title> of the page: the question'),
    body: text('paragraph under the h1; {host} is the server name of the result'),
    confirm: text('button that deletes the result'),
    keep: text('link back to the result, which keeps it'),
  }),
  forward: group(
    'Result page, "For your IT provider" (ForwardText): a plain-text summary to copy into an e-mail; and the copy buttons of the result page',
    {
      heading: text('h2 of the section, also the name of its text box'),
      intro: text('paragraph under the heading'),
      leadHost: text(
        'first line of the text to copy, for a checked server; {host} the server name, {build} its build, {date} the date and time of the check, {status} the verdict’s status (At risk); plain text',
      ),
      leadBuild: text(
        'first line of the text to copy, for a build number entered by hand; {build} the build, {date} today’s date, {status} the verdict’s status; plain text',
      ),
      stepsHeading: text(
        'line of the text to copy before the numbered steps; plain text, introduces the list (English ends it with a colon)',
      ),
      result: text('last line of the text to copy; {url} is the link to the result'),
      copy: text('button under the text box that copies the text (shown only with JavaScript)'),
      copyLink: text('button under the link in "Link to this result" (ResultActions) that copies the link'),
      copied: text('status read out after either copy button has copied; keep short'),
      factsheet: text('link under the text box to the factsheet’s questions for the IT provider'),
    },
  ),
  rateLimit: group('Check form page after too many checks (check/index)', {
    title: text('heading of the rate-limit box'),
    at: text('when a new check is possible, {time}'),
  }),
  progress: group('Check form, live progress while a check runs (CheckProgress, host-form.ts)', {
    heading: text('heading of the progress box, {host}'),
    expected: text('expected duration, {deadlineSeconds}'),
    resolve: text('first step of the progress list: looking up the name'),
    contact: text('second step: sending the requests to the server'),
    read: text('third step: reading the build from the answers'),
    assess: text('fourth step: judging the build against our data'),
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
  no: text('vulnerabilities cell, known-exploited column: not in CISA KEV'),
  yes: text('vulnerabilities cell, ransomware column: used in ransomware'),
  unknown: text('vulnerabilities cell, ransomware column: not known'),
  notByBuild: text(
    'vulnerabilities table, under the title of a CVE that the build number cannot decide; {what} what to check on the server (configWhat of judged.json)',
  ),
  settingOverride: text('vulnerabilities cell: a fix that a setting override can switch off'),
  openData: text('heading of the open-data links'),
  openDataLead: text('paragraph above the open-data links, {licence}'),
  sources: text('h3 above the list of data sources, under the open-data links'),
  sourceDate: text('in brackets after a data source; {date} is the date of its data'),
});

// ---------------------------------------------------------------------------------------------
// pages.json: advisory, guides, factsheet, service pages, search, feed, error pages

export const PagesStrings = group('Advisory, guides, factsheet, service pages, search, feed and error pages', {
  breadcrumbs: group('Breadcrumb trail above the h1 (Breadcrumbs)', {
    label: text('aria-label of the trail'),
    home: text('first link of the trail'),
  }),
  dates: group('Dates under the h1 of dated pages (PageDates)', {
    firstPublished: text('term: first published; also in the "Cite this page" box'),
    lastUpdated: text('term: last updated; also in the "Cite this page" box'),
    seeHistory: text('link to the version history'),
  }),
  toc: group('"On this page" box of long pages (OnThisPage)', {
    title: text('heading of the box'),
  }),
  history: group('Version history at the end of dated pages (VersionHistory)', {
    title: text('h2 of the version history; also an entry of "On this page"'),
    intro: text('paragraph under the heading'),
  }),
  sources: group('Sources at the end of the advisory and guides (SourceList)', {
    title: text('h2 of the list of sources; also an entry of "On this page"'),
    intro: text('paragraph under the heading'),
  }),
  cite: group('"Cite this page" box (CiteThis)', {
    title: text('h2 of the box'),
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
  'Campaign pages for CERTs, signed in with an API token: /{lang}/campaigns/ (sign-in, list, new campaign) and /{lang}/campaigns/{id}/ (progress, report, refused lines, downloads, letters, re-check, delete)',
  {
    title: text(
      'h1 and <title> of /{lang}/campaigns/; also the h1 of the new-campaign page and of the page for a campaign that does not exist',
    ),
    description: text('meta description of /{lang}/campaigns/ (search results, link previews): one or two sentences'),
    lead: text('paragraph under the h1 of /{lang}/campaigns/: who the pages are for and what they do'),
    signIn: group('Sign-in form of /{lang}/campaigns/, shown to whoever is not signed in', {
      heading: text('h2 above the sign-in form'),
      tokenLabel: text('label of the password field for the API token'),
      tokenHint: text('hint under the token label: where the token comes from, that it is kept as a session cookie'),
      submit: text('button that sends the token'),
      wrong: text('error under the token field and in the error summary when the token is not valid'),
      noToken: text('sentence under the form for those without a token; {email} is the site’s contact address'),
    }),
    signedInAs: text('line beside the sign-out button; {name} is the name of the token’s owner (the CERT)'),
    signOut: text('button beside signedInAs that ends the session'),
    list: group('Table of one’s own campaigns on /{lang}/campaigns/, once signed in', {
      heading: text('h2 above the table'),
      empty: text('shown instead of the table when there is no campaign yet'),
      name: text('table header: the campaign’s name (each links to its page)'),
      created: text('table header: date and time the campaign was started'),
      status: text('table header: waiting, being checked or done (status.*)'),
      progress: text('table header: how many servers are checked (its cells are campaign.checkedOf); keep short'),
    }),
    status: group(
      'State of a campaign: cell of the list’s status column and bold word under a campaign’s progress bar; keep short',
      {
        queued: text('no server checked yet'),
        running: text('the servers are being checked'),
        done: text('every server is checked'),
      },
    ),
    create: group(
      'Form "New campaign" under the list of /{lang}/campaigns/ (NewCampaignForm), and the page that shows it again with an error',
      {
        heading: text('h2 of the form; also the <title> of the page that shows the form again with an error'),
        nameLabel: text('label of the campaign-name field'),
        nameHint: text('hint under the name label: an example of a name'),
        fileLabel: text('label of the file field for the CSV list of servers'),
        fileHint: text(
          'hint under the file label: the CSV columns and the line limit (keep the column names host, organisation, language, reference and the codes de, fr, it, en as they are); also added after fileMissing when a file is not a list of servers',
        ),
        submit: text('button that uploads the list and starts the campaign'),
        nameMissing: text('error under the name field and in the error summary when the name is empty'),
        fileMissing: text(
          'error under the file field and in the error summary when no file is chosen, it is empty or too large',
        ),
      },
    ),
    campaign: group('One campaign’s page /{lang}/campaigns/{id}/: progress, counts by outcome, the way back', {
      progressHeading: text('h2 of the progress section'),
      wave: text('tag under the progress bar; {wave} is the number of the round (1, then 2 after a re-check, ...)'),
      checkedOf: text(
        'sentence above the progress bar (read out by screen readers as it changes) and cell of the list’s checked column; {checked} and {total} are numbers of servers',
      ),
      created: text('hint under the progress bar; {date} is the date and time the campaign was started'),
      finished: text('hint after created, once done; {date} is the date and time the last server was checked'),
      live: text('hint under the progress bar while servers are checked, when the page updates itself (JavaScript on)'),
      reload: text('the same hint without JavaScript: the page must be reloaded'),
      outcomeHeading: text('h3 above the table of outcomes, and header of its first column'),
      count: text('table header: number of servers (outcome table and verdict table)'),
      assessed: text(
        'row of the outcome table for servers whose version was read (the other rows are the result pages’ statuses, messages outcome.*.status); keep short',
      ),
      back: text(
        'link back to the list of campaigns: top of a campaign page, new-campaign page, page after deleting, page of a campaign that does not exist',
      ),
      notFound: text(
        'paragraph when the campaign does not exist or belongs to another token: campaign page, letters, delete',
      ),
    }),
    report: group('Report section of a campaign page: three facts and the chart of servers by verdict (VerdictChart)', {
      heading: text('h2 of the report'),
      chartTitle: text('caption under the bar chart, and hidden caption of the table with the same figures'),
      verdict: text('header of the first column of the verdict table (its rows are the result pages’ statuses)'),
      kev: text(
        'first fact; {count} servers have an open vulnerability known to be exploited, of {checked} servers checked',
      ),
      eol: text(
        'second fact; {count} servers run a version out of support, of {assessed} whose version was read; {share} is that share as a percentage, % sign included',
      ),
      improved: text(
        'third fact, from the second round on; {count} servers have a better verdict than in the round before',
      ),
      nothingYet: text('shown instead of the report while no server is checked'),
    }),
    rejected: group(
      'Section of a campaign page with the lines of the uploaded list that are not checked (only when there are some)',
      {
        heading: text('h2 of the section'),
        intro: text('paragraph under the heading'),
        line: text('table header: line number in the CSV file'),
        input: text('table header: the entry as it is written in the file'),
        reason: text('table header: why the line is not checked (codes.*)'),
        codes: group('Cell of the reason column: why a line of the list is not checked; keep short', {
          invalid_host: text('the entry is not a valid server name'),
          private_address: text('the name is a private or internal address'),
          port_not_allowed: text('the entry names a port other than 443'),
          opted_out: text('the owner of the server asked not to be checked'),
          duplicate: text('the same server is already on an earlier line'),
          invalid_language: text('the language cell is not one of de, fr, it, en (keep these codes as they are)'),
          invalid_line: text('the line has more cells than the header row'),
        }),
      },
    ),
    downloads: group('Downloads section of a campaign page: its results as files', {
      heading: text('h2 of the section'),
      csv: text('link that downloads the results as CSV, for spreadsheets and mail merge'),
      json: text('link that downloads the results as JSON'),
    }),
    letters: group(
      'Letters section of a campaign page: the form that opens the printable letters (/{lang}/campaigns/{id}/letters)',
      {
        heading: text('h2 of the section'),
        intro: text('paragraph under the heading'),
        langLabel: text('label of the language list: the language of letters for lines without a language'),
        deadlineLabel: text('label of the optional date field; the letters ask for the updates by that date'),
        deadlineHint: text('hint under the date label'),
        open: text('button that opens the letters'),
      },
    ),
    recheck: group('Re-check section of a campaign page: checks every server again, as a new round', {
      heading: text('h2 of the section'),
      intro: text('paragraph under the heading, also read out with the button'),
      button: text('button that starts the new round'),
    }),
    remove: group('Delete section of a campaign page, and the page after deleting (/{lang}/campaigns/{id}/delete)', {
      heading: text('h2 of the section; h1 and <title> of the page after deleting'),
      intro: text(
        'paragraph above the button; {days} is the number of days after which a campaign is deleted by itself',
      ),
      button: text('button that deletes the campaign at once, without asking again'),
      done: text('paragraph of the page after deleting'),
    }),
  },
);

export const LettersStrings = group(
  'Printable letters of a campaign (/{lang}/campaigns/{id}/letters and GET /api/v1/campaigns/{id}/letters; LettersDocument, Letter.astro): one letter per checked server, each in the language of its line; a letter also shows the result page’s verdict and steps',
  {
    documentTitle: text('h1 and <title> of the letters document, on screen only; {name} is the campaign’s name'),
    printHint: text('paragraph under that h1, on screen only: how to print the letters or save them as PDF'),
    back: text('link back to the campaign page above that h1, on screen only'),
    from: text('hidden label (screen readers) before the sender’s address at the top of a letter'),
    to: text('hidden label before the recipient (organisation, else server name) at the top of a letter'),
    date: text('hidden label before the date of the letter at the top'),
    reference: text('line under the recipient; {reference} is the reference the CERT gave on that line of the list'),
    subject: group('Subject of a letter, its first heading, by what the check found; {host} is the server name', {
      action: text('the server misses security updates (at risk, possibly at risk, update available)'),
      endOfLife: text('the server runs a version of Exchange out of support'),
      ok: text('nothing to do today (up to date, newer than our data, Exchange Online)'),
      unknown: text('the version could not be read (hidden, no Exchange, not reached, unknown build)'),
    }),
    greeting: text('formal salutation at the start of a letter, to an unnamed reader'),
    checked: text(
      'first paragraph: how and when the server was checked; {date} and {time} of the check (Swiss time), {host} the server name',
    ),
    findingHeading: text('heading above the finding (the verdict of the result page, or the outcome’s title and text)'),
    deadline: text('sentence after the steps when updates are needed and the CERT set a date; {deadline} is that date'),
    soon: text('the same sentence when the CERT set no date'),
    resultHeading: text('heading above the link to the full result and how to check again'),
    permalink: text('sentence before the link to the full result online (the link follows on its own line)'),
    checkAgain: text(
      'paragraph after the link; {url} is the site’s home page in the letter’s language, {host} the server name',
    ),
    dataAsOf: text('small note near the end; {date} is the date of the data the result was judged with'),
    closing: text('complimentary close before the sender’s name'),
    contact: text('small last line of a letter; {email} is the site’s contact address'),
  },
);

// ---------------------------------------------------------------------------------------------
// judged.json: the words of what a stored result judged

export const JudgedStrings = group(
  'Result pages (/{lang}/check/{id}/, /{lang}/build/) and campaign letters: words rendered from what a result stored when it was judged (its answers, steps, severity, builds, data date, precision, printed forms)',
  {
    answers: group(
      'Result page, "Support and updates" (SupportAnswers): the sentence after the answer word (Yes., No., We cannot tell.) under each of the two questions. The key is stored with the result: the sentence stays as long as the result does. Dates are formatted in the page’s language',
      {
        supported: text(
          'still supported: yes, no end date known; {product} is the Exchange version (Exchange Server SE)',
        ),
        supportedUntil: text('still supported: yes; {product} is the Exchange version, {date} its end of support'),
        unsupported: text('still supported: no; {product} is the Exchange version, {date} the day its support ended'),
        unsupportedNoDate: text('still supported: no, end date not known; {product} is the Exchange version'),
        unknownProduct: text('still supported: we cannot tell, the build is not in our data'),
        upToDate: text(
          'newest update installed: yes; {build} is the server’s build, {cu} its cumulative update (CU15)',
        ),
        upToDateAsOf: text(
          'the same when our data is older than the last Update Tuesday; {date} is the date of our data',
        ),
        behind: text(
          'newest update installed: no; {cu} is the cumulative update, {latestBuild} and {latestName} the newest build and its update’s name (Sep26SU), {date} its release date',
        ),
        cuNotServiced: text(
          'newest update installed: no, the CU gets no updates any more; {cu} is the installed CU, {newCu} and {newBuild} the CU to install first and its build',
        ),
        cuOnly: text(
          'newest update installed: we cannot tell, only the CU was read; {cu}, {latestBuild}, {latestName} and {date} as in behind',
        ),
        newerThanData: text(
          'newest update installed: we cannot tell, the build is newer than our data; {date} is the date our data is complete up to',
        ),
        latestUnknown: text('newest update installed: we cannot tell, our data has no newer build to compare with'),
        lastPublicInstalled: text(
          'newest update installed, for a version out of support: yes, its last public update; {product} and {cu} the version and CU, {latestName}, {latestBuild} and {date} that update, its build and release date',
        ),
        lastPublicMissing: text('the same when that last public update is not installed: no'),
        esuLater: text(
          'note under the second answer: a later update went only to paying ESU customers; {update} and {build} that update and its build, {start} and {end} the ESU period',
        ),
        noMoreUpdates: text(
          'newest update installed, for a retired version without updates in our data: no; {product} is the version, {date} its end of support',
        ),
      },
    ),
    steps: group(
      'Result page, "What to do" (Steps, step-texts.ts; also the forward text and letters): labels and notes under a step',
      {
        exploited: text(
          'label before the CVE ids under the step "check for compromise": the exploited ones open on this server; the ids follow',
        ),
        configuration: text(
          'label before the CVE ids under the step "check the configuration": the setting-dependent ones that concern this server; the ids follow',
        ),
        lastPublic: text('note under an update step when it is the last public update of a version out of support'),
      },
    ),
    severity: group(
      'Result page (and letters): line under the verdict sentence at the top (Verdict), how urgent it is',
      {
        kevSince: text(
          '{kevCount} is the number of open vulnerabilities known to be exploited, {date} the day since when a fix has been available',
        ),
        since: text('the same when none of them is known to be exploited; {date} as in kevSince'),
      },
    ),
    tracked: group(
      'Result page, "Open vulnerabilities" (Vulnerabilities): notice at the top for a version out of support',
      {
        untracked: text(
          '{product} is the Exchange version, {date} the day up to which its vulnerabilities are tracked (its end of support)',
        ),
      },
    ),
    builds: group('Result page, box shown when the servers behind one name report different builds (BuildsDisagree)', {
      heading: text('h2 of the box'),
      body: text(
        'paragraph under the heading; {build} is the build the result above is about, the one at greatest risk',
      ),
      item: text(
        'one item of the list, one per build seen; {build} the build, {status} its verdict’s status (At risk), {confirmed} and {kev} the numbers of open and of known-exploited vulnerabilities, {paths} the request paths it was seen in',
      ),
      assessed: text('bold note in brackets after the item of the build the result above is about; keep short'),
    }),
    data: group(
      'Result page (Verdict, DataNewer; Verdict also in letters): the date of the data a result was judged with',
      {
        statusAsOf: text(
          'status beside the icon at the top, instead of "Up to date", when our data is older than the last Update Tuesday; {date} is the date of our data; keep short',
        ),
        newerHeading: text(
          'h2 of the banner on a stored result judged with older data than the site has now; {date} is the date of the newer data',
        ),
        newerBody: text(
          'paragraph of that banner, above the re-check button; {checked} the date and time of the check, {judged} the date of the data it was judged with, {date} the date of the newer data',
        ),
        staleAsOf: text(
          'sentence under the verdict of an up-to-date or newer-than-data result when our data is older than the last Update Tuesday; {date} is the date of our data; the buildList link follows',
        ),
        buildList: text('link after staleAsOf, to Microsoft’s page of Exchange builds'),
      },
    ),
    precision: group(
      'Build-number result page /{lang}/build/: paragraph under the h1, how precisely the build is known',
      {
        update: text('the build entered includes its update level; {build} is that build'),
        cu: text(
          'the build entered names only a cumulative update; {build} is that build; keep the commands Get-ExchangeServer and Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } exactly as they are',
        ),
      },
    ),
    print: group('Printed result page only (print styles): short forms of the long tables', {
      count: text(
        'replaces the vulnerabilities table on paper; {count} open vulnerabilities, {kevCount} of them known to be exploited (those are listed under it)',
      ),
      evidence: text(
        'one line per request, replacing the "What was checked and how" table on paper; {path} the request path, {answer} the HTTP answer or why none came, {value} what was read and the build found',
      ),
    }),
    configWhat: group(
      'Result page, "Vulnerabilities that depend on settings" (Vulnerabilities): what to check for one vulnerability, after "What to check:"; keep the names of products, settings and scripts as Microsoft writes them',
      {
        'CVE-2024-21410': text('for CVE-2024-21410: Extended Protection'),
        'CVE-2025-53786': text('for CVE-2025-53786: hybrid deployments with Exchange Online'),
        other: text('for any other vulnerability that depends on settings'),
      },
    ),
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
