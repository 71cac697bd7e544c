/** English UI strings: the reference set. Every other language must have exactly these keys. */
export const en = {
  meta: { siteDescription: 'Check whether your Microsoft Exchange server is missing security updates, and fix it.' },
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    home: 'Check a server',
    advisory: 'Advisory',
    guides: 'Guides',
    factsheet: 'Factsheet',
    builds: 'Exchange builds',
    vulnerabilities: 'Vulnerabilities',
    search: 'Search',
  },
  languageSwitch: { label: 'Language', current: 'current language' },
  footer: {
    label: 'About this site',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    imprint: 'Imprint',
    terms: 'Terms of use',
    reportAbuse: 'Report abuse or opt out',
    howItWorks: 'What the check sends',
    api: 'API and open data',
    campaigns: 'Campaigns for CERTs',
    dataVersion: 'Exchange data as of {date}',
    source: 'Original advisory: National Cyber Security Centre (NCSC), Switzerland',
  },
  home: {
    title: 'Is your Exchange server missing security updates?',
    lead: 'Enter the name of your Microsoft Exchange server. We read its version, the way a web browser would, and tell you exactly which updates to install.',
    hostLabel: 'Exchange server name',
    hostHint: 'The address you use for Outlook on the web, for example mail.example.ch',
    submit: 'Check server',
    terms:
      'Check only servers you are responsible for. The check sends a few ordinary web requests; {link} what it sends.',
    termsLink: 'see exactly',
    buildTitle: 'Cannot reach your server from the internet?',
    buildLead:
      'Enter its build number instead, from the Exchange Health Checker, Get-ExchangeServer or the X-OWA-Version header.',
    buildLabel: 'Build number',
    buildHint: 'For example 15.2.1748.24',
    buildSubmit: 'Check build number',
    whyTitle: 'Why this matters',
    why: 'Attackers scan the internet for unpatched Exchange servers and use them to plant ransomware, send malware and mine cryptocurrency. Updates have been available for months, yet many servers are still missing them.',
    readAdvisory: 'Read the advisory',
  },
  errors: {
    summaryTitle: 'There is a problem',
    prefix: 'Error:',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type UiStrings = Widen<typeof en>;
