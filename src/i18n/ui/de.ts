import type { UiStrings } from './en.ts';

export const de: UiStrings = {
  meta: {
    siteDescription: 'Prüfen Sie, ob Ihrem Microsoft-Exchange-Server Sicherheitsupdates fehlen, und beheben Sie es.',
  },
  skipLink: 'Direkt zum Inhalt',
  nav: {
    label: 'Hauptnavigation',
    home: 'Server prüfen',
    advisory: 'Warnung',
    guides: 'Anleitungen',
    factsheet: 'Merkblatt',
    builds: 'Exchange-Builds',
    vulnerabilities: 'Schwachstellen',
    search: 'Suche',
  },
  languageSwitch: { label: 'Sprache', current: 'aktuelle Sprache' },
  footer: {
    label: 'Über diese Website',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    imprint: 'Impressum',
    terms: 'Nutzungsbedingungen',
    reportAbuse: 'Missbrauch melden oder Server ausschliessen',
    howItWorks: 'Was die Prüfung sendet',
    api: 'API und offene Daten',
    campaigns: 'Kampagnen für CERTs',
    dataVersion: 'Exchange-Daten mit Stand {date}',
    source: 'Ursprüngliche Warnung: Nationales Zentrum für Cybersicherheit (NCSC), Schweiz',
  },
  home: {
    title: 'Fehlen Ihrem Exchange-Server Sicherheitsupdates?',
    lead: 'Geben Sie den Namen Ihres Microsoft-Exchange-Servers ein. Wir lesen seine Version aus, so wie es ein Webbrowser täte, und sagen Ihnen genau, welche Updates Sie installieren müssen.',
    hostLabel: 'Name des Exchange-Servers',
    hostHint: 'Die Adresse, die Sie für Outlook im Web verwenden, zum Beispiel mail.example.ch',
    submit: 'Server prüfen',
    terms:
      'Prüfen Sie nur Server, für die Sie verantwortlich sind. Die Prüfung sendet einige gewöhnliche Webanfragen; {link}, was sie sendet.',
    termsLink: 'hier steht genau',
    buildTitle: 'Ist Ihr Server aus dem Internet nicht erreichbar?',
    buildLead:
      'Geben Sie stattdessen seine Build-Nummer ein – aus dem Exchange Health Checker, aus Get-ExchangeServer oder aus dem Header X-OWA-Version.',
    buildLabel: 'Build-Nummer',
    buildHint: 'Zum Beispiel 15.2.1748.24',
    buildSubmit: 'Build-Nummer prüfen',
    whyTitle: 'Warum das wichtig ist',
    why: 'Angreifer durchsuchen das Internet nach ungepatchten Exchange-Servern und missbrauchen sie, um Ransomware einzuschleusen, Schadsoftware zu versenden und Kryptowährungen zu schürfen. Die Updates gibt es seit Monaten, trotzdem fehlen sie auf vielen Servern.',
    readAdvisory: 'Zur Warnung',
  },
  errors: {
    summaryTitle: 'Es gibt ein Problem',
    prefix: 'Fehler:',
  },
};
