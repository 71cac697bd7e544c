import { defineStrings } from './define.ts';

/**
 * Strings of the advisory site's own pages: advisory, guides, factsheet, service pages, search,
 * the Atom feed and the error pages. `{name}` placeholders are filled with `fill()`.
 */
export const sitePagesUi = defineStrings({
  en: {
    breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
    dates: {
      firstPublished: 'First published',
      lastUpdated: 'Last updated',
      seeHistory: 'See all changes',
    },
    toc: { title: 'On this page' },
    history: { title: 'Version history', intro: 'Every change to this page, oldest first.' },
    sources: { title: 'Sources', intro: 'The facts on this page rest on these public sources.' },
    cite: {
      title: 'Cite this page',
      intro:
        'For articles and reports, please cite this page as follows. The web address stays the same; the version says which text you read.',
      titleLabel: 'Title',
      publisher: 'Publisher',
      firstPublished: 'First published',
      date: 'Last updated',
      version: 'Version',
      url: 'Web address',
      citation: 'Citation',
      template:
        '{publisher}: “{title}”. First published {firstPublished}, last updated {date} (version {version}). {url}',
      machine: 'For reference managers: CSL-JSON and BibTeX',
    },
    original: {
      title: 'The original advisory',
      basedOn: 'This page is based on an advisory of another publisher:',
      label: 'Original, not a version of this page',
      recommendations: 'Its recommendations at the time:',
    },
    advisory: {
      kicker: 'Advisory',
      cves: 'Vulnerabilities named in this advisory',
    },
    guides: {
      title: 'Guides',
      description:
        'Step-by-step instructions for securing Microsoft Exchange servers: updates, checks, mitigations and what to do after an attack.',
      lead: 'Step-by-step instructions for the people who look after Exchange servers. Each guide covers one task.',
      kicker: 'Guide',
      audience: 'Who this is for',
      timeNeeded: 'Time needed',
      all: 'All guides',
    },
    factsheet: {
      kicker: 'Factsheet',
      printHint:
        'This factsheet fits on one A4 page. To print it, use your browser’s print command (Ctrl+P, or Cmd+P on a Mac).',
    },
    search: {
      title: 'Search',
      description: 'Search the advisory, the guides and the other pages of this site, or browse them from A to Z.',
      label: 'Search this site',
      hint: 'For example: Health Checker, ransomware, Exchange 2016',
      submit: 'Search',
      resultsOne: '1 result for “{query}”',
      resultsMany: '{count} results for “{query}”',
      noResults: 'No results for “{query}”. Try other words, or browse the list of all pages below.',
      loading: 'Searching…',
      unavailable: 'The search is not available right now. Browse the list of all pages below.',
      azTitle: 'All pages from A to Z',
      azLead: 'Every page of this site in English, sorted by title.',
      letters: 'Jump to a letter',
    },
    notFound: {
      title: 'Page not found',
      typed: 'If you typed the web address, check that it is correct.',
      pasted: 'If you pasted the web address, check that you copied the entire address.',
      next: 'You can also:',
      home: 'check a server on the home page',
      search: 'search the site',
      advisory: 'read the advisory',
    },
    serverError: {
      title: 'Sorry, there is a problem with the service',
      body: 'Try again later.',
      saved: 'If you were checking a server, the check may not have finished. Nothing else was affected.',
      contact: 'If the problem continues, write to {email}.',
    },
    feed: {
      title: '{site}: advisories',
      subtitle: 'Advisories about Microsoft Exchange servers, with every update to them.',
      published: 'Published: {title}',
      updated: 'Updated: {title}',
    },
    table: { label: 'Table' },
  },
  de: {
    breadcrumbs: { label: 'Brotkrümelnavigation', home: 'Startseite' },
    dates: {
      firstPublished: 'Erstmals veröffentlicht',
      lastUpdated: 'Zuletzt aktualisiert',
      seeHistory: 'Alle Änderungen ansehen',
    },
    toc: { title: 'Auf dieser Seite' },
    history: { title: 'Versionsgeschichte', intro: 'Alle Änderungen an dieser Seite, die älteste zuerst.' },
    sources: { title: 'Quellen', intro: 'Die Fakten auf dieser Seite stützen sich auf diese öffentlichen Quellen.' },
    cite: {
      title: 'Diese Seite zitieren',
      intro:
        'Für Artikel und Berichte zitieren Sie diese Seite bitte so. Die Webadresse bleibt gleich; die Version sagt, welchen Text Sie gelesen haben.',
      titleLabel: 'Titel',
      publisher: 'Herausgeber',
      firstPublished: 'Erstmals veröffentlicht',
      date: 'Zuletzt aktualisiert',
      version: 'Version',
      url: 'Webadresse',
      citation: 'Zitiervorschlag',
      template:
        '{publisher}: «{title}». Erstmals veröffentlicht am {firstPublished}, zuletzt aktualisiert am {date} (Version {version}). {url}',
      machine: 'Für Literaturverwaltungen: CSL-JSON und BibTeX',
    },
    original: {
      title: 'Die ursprüngliche Warnung',
      basedOn: 'Diese Seite stützt sich auf eine Warnung eines anderen Herausgebers:',
      label: 'Original, keine Version dieser Seite',
      recommendations: 'Ihre damaligen Empfehlungen:',
    },
    advisory: {
      kicker: 'Warnung',
      cves: 'In dieser Warnung genannte Schwachstellen',
    },
    guides: {
      title: 'Anleitungen',
      description:
        'Schritt-für-Schritt-Anleitungen zur Absicherung von Microsoft-Exchange-Servern: Updates, Prüfungen, Notmassnahmen und das Vorgehen nach einem Angriff.',
      lead: 'Schritt-für-Schritt-Anleitungen für alle, die Exchange-Server betreuen. Jede Anleitung behandelt eine Aufgabe.',
      kicker: 'Anleitung',
      audience: 'Für wen',
      timeNeeded: 'Zeitaufwand',
      all: 'Alle Anleitungen',
    },
    factsheet: {
      kicker: 'Merkblatt',
      printHint:
        'Dieses Merkblatt passt auf eine A4-Seite. Drucken Sie es mit dem Druckbefehl Ihres Browsers (Ctrl+P, auf dem Mac Cmd+P).',
    },
    search: {
      title: 'Suche',
      description:
        'Durchsuchen Sie die Warnung, die Anleitungen und die übrigen Seiten dieser Website, oder finden Sie sie von A bis Z.',
      label: 'Diese Website durchsuchen',
      hint: 'Zum Beispiel: Health Checker, Ransomware, Exchange 2016',
      submit: 'Suchen',
      resultsOne: '1 Ergebnis für «{query}»',
      resultsMany: '{count} Ergebnisse für «{query}»',
      noResults:
        'Keine Ergebnisse für «{query}». Versuchen Sie andere Wörter, oder wählen Sie unten aus der Liste aller Seiten.',
      loading: 'Suche läuft …',
      unavailable: 'Die Suche ist gerade nicht verfügbar. Wählen Sie unten aus der Liste aller Seiten.',
      azTitle: 'Alle Seiten von A bis Z',
      azLead: 'Alle deutschsprachigen Seiten dieser Website, nach Titel geordnet.',
      letters: 'Zu einem Buchstaben springen',
    },
    notFound: {
      title: 'Seite nicht gefunden',
      typed: 'Wenn Sie die Adresse eingetippt haben, prüfen Sie, ob sie stimmt.',
      pasted: 'Wenn Sie die Adresse eingefügt haben, prüfen Sie, ob Sie sie vollständig kopiert haben.',
      next: 'Sie können auch:',
      home: 'auf der Startseite einen Server prüfen',
      search: 'die Website durchsuchen',
      advisory: 'die Warnung lesen',
    },
    serverError: {
      title: 'Entschuldigung, bei diesem Dienst ist ein Fehler aufgetreten',
      body: 'Versuchen Sie es später noch einmal.',
      saved:
        'Falls Sie gerade einen Server geprüft haben, wurde die Prüfung womöglich nicht abgeschlossen. Sonst ist nichts betroffen.',
      contact: 'Wenn der Fehler bestehen bleibt, schreiben Sie an {email}.',
    },
    feed: {
      title: '{site}: Warnungen',
      subtitle: 'Warnungen zu Microsoft-Exchange-Servern, mit jeder Aktualisierung.',
      published: 'Veröffentlicht: {title}',
      updated: 'Aktualisiert: {title}',
    },
    table: { label: 'Tabelle' },
  },
  fr: {
    breadcrumbs: { label: 'Fil d’Ariane', home: 'Accueil' },
    dates: {
      firstPublished: 'Première publication',
      lastUpdated: 'Dernière mise à jour',
      seeHistory: 'Voir toutes les modifications',
    },
    toc: { title: 'Sur cette page' },
    history: {
      title: 'Historique des versions',
      intro: 'Toutes les modifications de cette page, de la plus ancienne à la plus récente.',
    },
    sources: { title: 'Sources', intro: 'Les faits présentés sur cette page reposent sur ces sources publiques.' },
    cite: {
      title: 'Citer cette page',
      intro:
        'Dans vos articles et rapports, merci de citer cette page ainsi. L’adresse web ne change pas ; la version indique quel texte vous avez lu.',
      titleLabel: 'Titre',
      publisher: 'Éditeur',
      firstPublished: 'Première publication',
      date: 'Dernière mise à jour',
      version: 'Version',
      url: 'Adresse web',
      citation: 'Référence',
      template:
        '{publisher} : « {title} ». Première publication le {firstPublished}, dernière mise à jour le {date} (version {version}). {url}',
      machine: 'Pour les logiciels de gestion bibliographique : CSL-JSON et BibTeX',
    },
    original: {
      title: 'L’avertissement d’origine',
      basedOn: 'Cette page s’appuie sur l’avertissement d’un autre éditeur :',
      label: 'Original, pas une version de cette page',
      recommendations: 'Ses recommandations de l’époque :',
    },
    advisory: {
      kicker: 'Avertissement',
      cves: 'Vulnérabilités citées dans cet avertissement',
    },
    guides: {
      title: 'Guides',
      description:
        'Instructions pas à pas pour sécuriser les serveurs Microsoft Exchange : mises à jour, contrôles, mesures d’atténuation et marche à suivre après une attaque.',
      lead: 'Des instructions pas à pas pour les personnes qui gèrent des serveurs Exchange. Chaque guide traite d’une seule tâche.',
      kicker: 'Guide',
      audience: 'Pour qui',
      timeNeeded: 'Durée',
      all: 'Tous les guides',
    },
    factsheet: {
      kicker: 'Fiche d’information',
      printHint:
        'Cette fiche tient sur une page A4. Pour l’imprimer, utilisez la commande d’impression de votre navigateur (Ctrl+P, ou Cmd+P sur Mac).',
    },
    search: {
      title: 'Recherche',
      description:
        'Cherchez dans l’avertissement, les guides et les autres pages de ce site, ou parcourez-les de A à Z.',
      label: 'Rechercher sur ce site',
      hint: 'Par exemple : Health Checker, rançongiciel, Exchange 2016',
      submit: 'Rechercher',
      resultsOne: '1 résultat pour « {query} »',
      resultsMany: '{count} résultats pour « {query} »',
      noResults:
        'Aucun résultat pour « {query} ». Essayez d’autres mots, ou parcourez la liste de toutes les pages ci-dessous.',
      loading: 'Recherche en cours…',
      unavailable:
        'La recherche n’est pas disponible pour le moment. Parcourez la liste de toutes les pages ci-dessous.',
      azTitle: 'Toutes les pages de A à Z',
      azLead: 'Toutes les pages en français de ce site, classées par titre.',
      letters: 'Aller à une lettre',
    },
    notFound: {
      title: 'Page introuvable',
      typed: 'Si vous avez saisi l’adresse, vérifiez qu’elle est correcte.',
      pasted: 'Si vous avez collé l’adresse, vérifiez que vous l’avez copiée en entier.',
      next: 'Vous pouvez aussi :',
      home: 'vérifier un serveur depuis la page d’accueil',
      search: 'faire une recherche sur le site',
      advisory: 'lire l’avertissement',
    },
    serverError: {
      title: 'Désolés, le service rencontre un problème',
      body: 'Veuillez réessayer plus tard.',
      saved:
        'Si vous étiez en train de vérifier un serveur, le contrôle n’a peut-être pas abouti. Rien d’autre n’est touché.',
      contact: 'Si le problème persiste, écrivez à {email}.',
    },
    feed: {
      title: '{site} : avertissements',
      subtitle: 'Avertissements concernant les serveurs Microsoft Exchange, avec chacune de leurs mises à jour.',
      published: 'Publié : {title}',
      updated: 'Mis à jour : {title}',
    },
    table: { label: 'Tableau' },
  },
  it: {
    breadcrumbs: { label: 'Percorso di navigazione', home: 'Pagina iniziale' },
    dates: {
      firstPublished: 'Prima pubblicazione',
      lastUpdated: 'Ultimo aggiornamento',
      seeHistory: 'Vedi tutte le modifiche',
    },
    toc: { title: 'In questa pagina' },
    history: {
      title: 'Cronologia delle versioni',
      intro: 'Tutte le modifiche a questa pagina, dalla più vecchia alla più recente.',
    },
    sources: { title: 'Fonti', intro: 'I fatti riportati in questa pagina si basano su queste fonti pubbliche.' },
    cite: {
      title: 'Citare questa pagina',
      intro:
        'Per articoli e rapporti, vi preghiamo di citare questa pagina come segue. L’indirizzo web resta lo stesso; la versione indica quale testo avete letto.',
      titleLabel: 'Titolo',
      publisher: 'Editore',
      firstPublished: 'Prima pubblicazione',
      date: 'Ultimo aggiornamento',
      version: 'Versione',
      url: 'Indirizzo web',
      citation: 'Citazione',
      template:
        '{publisher}: «{title}». Prima pubblicazione il {firstPublished}, ultimo aggiornamento il {date} (versione {version}). {url}',
      machine: 'Per i programmi di gestione bibliografica: CSL-JSON e BibTeX',
    },
    original: {
      title: 'L’avviso originale',
      basedOn: 'Questa pagina si basa sull’avviso di un altro editore:',
      label: 'Originale, non una versione di questa pagina',
      recommendations: 'Le sue raccomandazioni di allora:',
    },
    advisory: {
      kicker: 'Avviso',
      cves: 'Vulnerabilità citate in questo avviso',
    },
    guides: {
      title: 'Guide',
      description:
        'Istruzioni passo per passo per proteggere i server Microsoft Exchange: aggiornamenti, verifiche, misure provvisorie e cosa fare dopo un attacco.',
      lead: 'Istruzioni passo per passo per chi gestisce server Exchange. Ogni guida tratta un solo compito.',
      kicker: 'Guida',
      audience: 'A chi si rivolge',
      timeNeeded: 'Tempo necessario',
      all: 'Tutte le guide',
    },
    factsheet: {
      kicker: 'Scheda informativa',
      printHint:
        'Questa scheda sta su una pagina A4. Per stamparla usate il comando di stampa del browser (Ctrl+P, o Cmd+P su Mac).',
    },
    search: {
      title: 'Ricerca',
      description:
        'Cercate nell’avviso, nelle guide e nelle altre pagine di questo sito, oppure consultatele dalla A alla Z.',
      label: 'Cerca in questo sito',
      hint: 'Per esempio: Health Checker, ransomware, Exchange 2016',
      submit: 'Cerca',
      resultsOne: '1 risultato per «{query}»',
      resultsMany: '{count} risultati per «{query}»',
      noResults:
        'Nessun risultato per «{query}». Provate con altre parole o consultate l’elenco di tutte le pagine qui sotto.',
      loading: 'Ricerca in corso…',
      unavailable: 'La ricerca al momento non è disponibile. Consultate l’elenco di tutte le pagine qui sotto.',
      azTitle: 'Tutte le pagine dalla A alla Z',
      azLead: 'Tutte le pagine in italiano di questo sito, ordinate per titolo.',
      letters: 'Vai a una lettera',
    },
    notFound: {
      title: 'Pagina non trovata',
      typed: 'Se avete digitato l’indirizzo, verificate che sia corretto.',
      pasted: 'Se avete incollato l’indirizzo, verificate di averlo copiato per intero.',
      next: 'Potete anche:',
      home: 'verificare un server dalla pagina iniziale',
      search: 'cercare nel sito',
      advisory: 'leggere l’avviso',
    },
    serverError: {
      title: 'Siamo spiacenti, il servizio ha un problema',
      body: 'Riprovate più tardi.',
      saved:
        'Se stavate controllando un server, il controllo potrebbe non essere stato completato. Nient’altro è stato toccato.',
      contact: 'Se il problema persiste, scrivete a {email}.',
    },
    feed: {
      title: '{site}: avvisi',
      subtitle: 'Avvisi sui server Microsoft Exchange, con ogni loro aggiornamento.',
      published: 'Pubblicato: {title}',
      updated: 'Aggiornato: {title}',
    },
    table: { label: 'Tabella' },
  },
});
