import type { UiStrings } from './en.ts';

export const it: UiStrings = {
  meta: {
    siteDescription:
      'Verificate se al vostro server Microsoft Exchange mancano aggiornamenti di sicurezza e rimediate.',
  },
  skipLink: 'Vai al contenuto principale',
  nav: {
    label: 'Navigazione principale',
    home: 'Verificare un server',
    advisory: 'Avviso',
    guides: 'Guide',
    factsheet: 'Scheda informativa',
    builds: 'Build di Exchange',
    vulnerabilities: 'Vulnerabilità',
    search: 'Ricerca',
  },
  languageSwitch: { label: 'Lingua', current: 'lingua attuale' },
  footer: {
    label: 'Informazioni sul sito',
    privacy: 'Protezione dei dati',
    accessibility: 'Accessibilità',
    imprint: 'Note legali',
    terms: 'Condizioni d’uso',
    reportAbuse: 'Segnalare un abuso o escludere un server',
    howItWorks: 'Cosa invia la verifica',
    api: 'API e dati aperti',
    campaigns: 'Campagne per i CERT',
    dataVersion: 'Dati Exchange aggiornati al {date}',
    source: 'Avviso originale: Centro nazionale per la cibersicurezza (NCSC), Svizzera',
  },
  home: {
    title: 'Al vostro server Exchange mancano aggiornamenti di sicurezza?',
    lead: 'Inserite il nome del vostro server Microsoft Exchange. Ne leggiamo la versione, come farebbe un browser, e vi diciamo esattamente quali aggiornamenti installare.',
    hostLabel: 'Nome del server Exchange',
    hostHint: 'L’indirizzo che usate per Outlook sul web, ad esempio mail.example.ch',
    submit: 'Verificare il server',
    terms:
      'Verificate solo server di cui siete responsabili. Il controllo invia alcune normali richieste web; {link} cosa invia.',
    termsLink: 'ecco esattamente',
    buildTitle: 'Il vostro server non è raggiungibile da Internet?',
    buildLead:
      'Inserite invece il suo numero di build, preso dall’Exchange Health Checker, da Get-ExchangeServer o dall’intestazione X-OWA-Version.',
    buildLabel: 'Numero di build',
    buildHint: 'Ad esempio 15.2.1748.24',
    buildSubmit: 'Verificare il numero di build',
    whyTitle: 'Perché è importante',
    why: 'Gli aggressori cercano in Internet i server Exchange non aggiornati per installarvi ransomware, inviare malware e minare criptovalute. Gli aggiornamenti sono disponibili da mesi, ma su molti server mancano ancora.',
    readAdvisory: 'Leggere l’avviso',
  },
  errors: {
    summaryTitle: 'C’è un problema',
    prefix: 'Errore:',
  },
};
