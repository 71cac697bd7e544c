import { defineStrings } from './define.ts';

/**
 * Strings of a result as judged: the two answers (by the key the assessment stores), the lists and
 * notes of the steps, the headline's severity, the note on what is tracked, the servers behind one
 * name, and the banners for stale or newer data. `{name}` placeholders; dates arrive as ISO dates
 * and are formatted per language by the components.
 */
export const judgedUi = defineStrings({
  en: {
    answers: {
      supported: 'Microsoft supports {product}.',
      supportedUntil: 'Microsoft supports {product} until {date}.',
      unsupported: 'Microsoft’s support for {product} ended on {date}. It gets no more public security updates.',
      unsupportedNoDate: 'Microsoft no longer supports {product}. It gets no more public security updates.',
      unknownProduct: 'We do not recognise this build, so we do not know which version of Exchange it belongs to.',
      upToDate: 'Build {build} is the newest update for {cu}.',
      upToDateAsOf:
        'As of {date}, build {build} is the newest update for {cu} in our data. Microsoft may have released updates since.',
      behind: 'The newest build for {cu} is {latestBuild} ({latestName}, released on {date}).',
      cuNotServiced: '{cu} no longer gets updates. Install {newCu} first (build {newBuild}), then its newest update.',
      cuOnly:
        'Only the cumulative update ({cu}) could be read, not the update installed on it. The newest public build for {cu} is {latestBuild} ({latestName}, released on {date}).',
      newerThanData: 'Probably: this build is newer than anything in our data, which is complete up to {date}.',
      latestUnknown: 'Our data has no newer build to compare it with.',
      lastPublicInstalled:
        'The last update Microsoft released publicly for {product} {cu}, {latestName} (build {latestBuild}, released on {date}), is installed. No more public updates will come.',
      lastPublicMissing:
        'The last update Microsoft released publicly for {product} {cu}, {latestName} (build {latestBuild}, released on {date}), is not installed. No more public updates will come.',
      esuOnly:
        'This update is only available to organisations in Microsoft’s paid Extended Security Update (ESU) programme.',
      esuLater:
        'A later update, {update} (build {build}), went only to organisations in Microsoft’s paid Extended Security Update (ESU) programme, which ran from {start} to {end}.',
      noMoreUpdates: 'Microsoft’s support for {product} ended on {date}. No more updates will come.',
    },
    steps: {
      exploited: 'Known to be exploited and open on this server:',
      configuration: 'Concerned here:',
      lastPublic: 'This is the last update Microsoft released publicly for this version: no more will come.',
    },
    severity: {
      kevSince: 'Known to be exploited: {kevCount}. A fix has been available since {date}.',
      since: 'A fix has been available since {date}.',
    },
    tracked: {
      untracked:
        'Microsoft no longer fixes {product}. Vulnerabilities are tracked here up to {date}; those found later are not tracked and stay open on this server.',
    },
    builds: {
      heading: 'The servers behind this name disagree',
      body: 'Different builds were seen for this name: there are probably several servers behind it, not all with the same updates. The result above is about build {build}, the server at greatest risk. Update every one of them.',
      item: 'Build {build}: {status} (open: {confirmed}, known to be exploited: {kev}). Seen in: {paths}',
      assessed: 'shown above',
    },
    data: {
      statusAsOf: 'Up to date as of {date}',
      newerHeading: 'Re-check to use our data of {date}',
      newerBody:
        'This result shows what was judged on {checked} with our data of {judged}. Our data has been updated since: check the server again to judge it with the data of {date}.',
      staleAsOf: 'As of {date}. Microsoft may have released updates since: see its list of builds and updates.',
      buildList: 'Microsoft’s list of Exchange builds and updates',
    },
    precision: {
      update: 'Read as build {build}, with its update level.',
      cu: 'Read as cumulative update {build} only: the installed update is not known. Get-ExchangeServer shows only the cumulative update; to see the installed update, run Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } on each server.',
    },
    print: {
      count:
        'Open vulnerabilities on this build: {count}, of which known to be exploited: {kevCount} (listed below; the full list is on the result page).',
      evidence: '{path}: {answer}, {value}',
    },
    delete: {
      title: 'Delete this result?',
      body: 'The result for {host} will be deleted at once, for everyone who has its link. This cannot be undone.',
      confirm: 'Yes, delete it',
      keep: 'No, keep the result',
    },
    form: {
      emailAddress:
        'Enter the name of the mail server, not an e-mail address: for info@example.ch, that is often mail.example.ch or autodiscover.example.ch.',
    },
    forward: {
      heading: 'For your IT provider',
      intro: 'The exact steps with their links, as a short text to copy into an e-mail or to print.',
      leadHost: 'Exchange server {host} (build {build}), checked on {date}: {status}.',
      leadBuild: 'Exchange build {build}, assessed on {date}: {status}.',
      stepsHeading: 'What to do, in order:',
      result: 'The full result: {url}',
      copy: 'Copy the text',
      copyLink: 'Copy the link',
      copied: 'Copied.',
      factsheet: 'What to ask your IT provider',
    },
    configWhat: {
      'CVE-2024-21410':
        'Extended Protection must be on for every Exchange virtual directory (the Health Checker shows its state). Exchange Server 2019 CU14 and later and Exchange SE switch it on at setup; Exchange Server 2016 needs Microsoft’s ExchangeExtendedProtectionManagement script.',
      'CVE-2025-53786':
        'Hybrid setups only: with the April 2025 hotfix update or later installed, switch to the dedicated Exchange hybrid app and reset the keys of the shared service principal, as Microsoft’s advisory and CISA’s Emergency Directive 25-02 describe.',
      other: 'Whether it is closed depends on settings; the Health Checker shows them.',
    },
  },
  de: {
    answers: {
      supported: 'Microsoft unterstützt {product}.',
      supportedUntil: 'Microsoft unterstützt {product} bis zum {date}.',
      unsupported:
        'Der Support von Microsoft für {product} endete am {date}. Es gibt keine öffentlichen Sicherheitsupdates mehr.',
      unsupportedNoDate:
        'Microsoft unterstützt {product} nicht mehr. Es gibt keine öffentlichen Sicherheitsupdates mehr.',
      unknownProduct: 'Wir kennen diesen Build nicht und wissen daher nicht, zu welcher Exchange-Version er gehört.',
      upToDate: 'Build {build} ist das neueste Update für {cu}.',
      upToDateAsOf:
        'Stand {date} ist Build {build} das neueste Update für {cu} in unseren Daten. Microsoft kann seither Updates veröffentlicht haben.',
      behind: 'Der neueste Build für {cu} ist {latestBuild} ({latestName}, erschienen am {date}).',
      cuNotServiced:
        '{cu} erhält keine Updates mehr. Installieren Sie zuerst {newCu} (Build {newBuild}) und danach dessen neuestes Update.',
      cuOnly:
        'Lesbar war nur das kumulative Update ({cu}), nicht das darauf installierte Update. Der neueste öffentliche Build für {cu} ist {latestBuild} ({latestName}, erschienen am {date}).',
      newerThanData:
        'Wahrscheinlich: Dieser Build ist neuer als alles in unseren Daten, die bis zum {date} vollständig sind.',
      latestUnknown: 'Unsere Daten enthalten keinen neueren Build zum Vergleich.',
      lastPublicInstalled:
        'Das letzte Update, das Microsoft öffentlich für {product} {cu} veröffentlicht hat, {latestName} (Build {latestBuild}, erschienen am {date}), ist installiert. Weitere öffentliche Updates wird es nicht geben.',
      lastPublicMissing:
        'Das letzte Update, das Microsoft öffentlich für {product} {cu} veröffentlicht hat, {latestName} (Build {latestBuild}, erschienen am {date}), ist nicht installiert. Weitere öffentliche Updates wird es nicht geben.',
      esuOnly:
        'Dieses Update erhalten nur Organisationen im kostenpflichtigen Programm Extended Security Updates (ESU) von Microsoft.',
      esuLater:
        'Ein späteres Update, {update} (Build {build}), erhielten nur Organisationen im kostenpflichtigen Programm Extended Security Updates (ESU) von Microsoft; es lief vom {start} bis zum {end}.',
      noMoreUpdates: 'Der Support von Microsoft für {product} endete am {date}. Es wird keine Updates mehr geben.',
    },
    steps: {
      exploited: 'Nachweislich ausgenutzt und auf diesem Server offen:',
      configuration: 'Hier betroffen:',
      lastPublic:
        'Das ist das letzte Update, das Microsoft für diese Version öffentlich veröffentlicht hat: Es kommen keine weiteren.',
    },
    severity: {
      kevSince: 'Nachweislich ausgenutzt: {kevCount}. Eine Korrektur gibt es seit dem {date}.',
      since: 'Eine Korrektur gibt es seit dem {date}.',
    },
    tracked: {
      untracked:
        'Microsoft behebt keine Schwachstellen in {product} mehr. Erfasst sind sie hier bis zum {date}; später gefundene werden nicht erfasst und bleiben auf diesem Server offen.',
    },
    builds: {
      heading: 'Die Server hinter diesem Namen sind nicht auf demselben Stand',
      body: 'Für diesen Namen wurden verschiedene Builds gesehen: Dahinter stehen wohl mehrere Server, nicht alle mit denselben Updates. Das Ergebnis oben betrifft Build {build}, den Server mit dem grössten Risiko. Bringen Sie jeden von ihnen auf den neuesten Stand.',
      item: 'Build {build}: {status} (offen: {confirmed}, nachweislich ausgenutzt: {kev}). Gesehen in: {paths}',
      assessed: 'oben gezeigt',
    },
    data: {
      statusAsOf: 'Aktuell, Stand {date}',
      newerHeading: 'Erneut prüfen, um unsere Daten vom {date} zu nutzen',
      newerBody:
        'Dieses Ergebnis zeigt, was am {checked} mit unseren Daten vom {judged} beurteilt wurde. Unsere Daten wurden seither aktualisiert: Prüfen Sie den Server erneut, um ihn mit den Daten vom {date} zu beurteilen.',
      staleAsOf:
        'Stand {date}. Microsoft kann seither Updates veröffentlicht haben: Sehen Sie in der Liste der Builds und Updates von Microsoft nach.',
      buildList: 'Liste der Exchange-Builds und -Updates von Microsoft',
    },
    precision: {
      update: 'Gelesen als Build {build}, mit dem Stand der Updates.',
      cu: 'Gelesen nur als kumulatives Update {build}: Das installierte Update ist nicht bekannt. Get-ExchangeServer zeigt nur das kumulative Update; das installierte Update zeigt Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } auf jedem Server.',
    },
    print: {
      count:
        'Offene Schwachstellen auf diesem Build: {count}, davon nachweislich ausgenutzt: {kevCount} (unten aufgeführt; die vollständige Liste steht auf der Ergebnisseite).',
      evidence: '{path}: {answer}, {value}',
    },
    delete: {
      title: 'Dieses Ergebnis löschen?',
      body: 'Das Ergebnis für {host} wird sofort gelöscht, für alle, die den Link haben. Das lässt sich nicht rückgängig machen.',
      confirm: 'Ja, löschen',
      keep: 'Nein, Ergebnis behalten',
    },
    form: {
      emailAddress:
        'Geben Sie den Namen des Mailservers ein, nicht eine E-Mail-Adresse: Für info@example.ch ist das oft mail.example.ch oder autodiscover.example.ch.',
    },
    forward: {
      heading: 'Für Ihren IT-Dienstleister',
      intro: 'Die genauen Schritte mit ihren Links, als kurzer Text zum Kopieren in eine E-Mail oder zum Drucken.',
      leadHost: 'Exchange-Server {host} (Build {build}), geprüft am {date}: {status}.',
      leadBuild: 'Exchange-Build {build}, beurteilt am {date}: {status}.',
      stepsHeading: 'Was zu tun ist, der Reihe nach:',
      result: 'Das vollständige Ergebnis: {url}',
      copy: 'Text kopieren',
      copyLink: 'Link kopieren',
      copied: 'Kopiert.',
      factsheet: 'Was Sie Ihren IT-Dienstleister fragen sollten',
    },
    configWhat: {
      'CVE-2024-21410':
        'Extended Protection muss für jedes virtuelle Verzeichnis von Exchange eingeschaltet sein (der Health Checker zeigt den Zustand). Exchange Server 2019 ab CU14 und Exchange SE schalten sie bei der Installation ein; Exchange Server 2016 braucht dafür das Skript ExchangeExtendedProtectionManagement von Microsoft.',
      'CVE-2025-53786':
        'Nur im Hybrid-Betrieb: Wenn das Hotfix-Update vom April 2025 oder ein späteres installiert ist, wechseln Sie zur eigenen Exchange-Hybrid-App und setzen Sie die Schlüssel des gemeinsamen Dienstprinzipals zurück, wie es der Hinweis von Microsoft und die Emergency Directive 25-02 der CISA beschreiben.',
      other: 'Ob sie geschlossen ist, hängt von Einstellungen ab; der Health Checker zeigt sie.',
    },
  },
  fr: {
    answers: {
      supported: 'Microsoft prend en charge {product}.',
      supportedUntil: 'Microsoft prend en charge {product} jusqu’au {date}.',
      unsupported:
        'Le support de Microsoft pour {product} a pris fin le {date}. Il ne reçoit plus de mises à jour de sécurité publiques.',
      unsupportedNoDate:
        'Microsoft ne prend plus en charge {product}. Il ne reçoit plus de mises à jour de sécurité publiques.',
      unknownProduct:
        'Nous ne reconnaissons pas ce build et ne savons donc pas à quelle version d’Exchange il appartient.',
      upToDate: 'Le build {build} est la mise à jour la plus récente pour la {cu}.',
      upToDateAsOf:
        'Au {date}, le build {build} est la mise à jour la plus récente pour la {cu} dans nos données. Microsoft a pu publier des mises à jour depuis.',
      behind: 'Le build le plus récent pour la {cu} est le {latestBuild} ({latestName}, publié le {date}).',
      cuNotServiced:
        'La {cu} ne reçoit plus de mises à jour. Installez d’abord la {newCu} (build {newBuild}), puis sa mise à jour la plus récente.',
      cuOnly:
        'Seule la mise à jour cumulative ({cu}) a pu être lue, pas la mise à jour installée dessus. Le build public le plus récent pour la {cu} est le {latestBuild} ({latestName}, publié le {date}).',
      newerThanData:
        'Probablement : ce build est plus récent que tout ce que contiennent nos données, complètes jusqu’au {date}.',
      latestUnknown: 'Nos données ne contiennent pas de build plus récent pour comparer.',
      lastPublicInstalled:
        'La dernière mise à jour publiée par Microsoft pour {product} {cu}, {latestName} (build {latestBuild}, publiée le {date}), est installée. Il n’y aura plus de mises à jour publiques.',
      lastPublicMissing:
        'La dernière mise à jour publiée par Microsoft pour {product} {cu}, {latestName} (build {latestBuild}, publiée le {date}), n’est pas installée. Il n’y aura plus de mises à jour publiques.',
      esuOnly:
        'Cette mise à jour n’est disponible que pour les organisations inscrites au programme payant de mises à jour de sécurité étendues (ESU) de Microsoft.',
      esuLater:
        'Une mise à jour ultérieure, {update} (build {build}), n’a été fournie qu’aux organisations inscrites au programme payant de mises à jour de sécurité étendues (ESU) de Microsoft, qui a duré du {start} au {end}.',
      noMoreUpdates: 'Le support de Microsoft pour {product} a pris fin le {date}. Il n’y aura plus de mises à jour.',
    },
    steps: {
      exploited: 'Activement exploitées et ouvertes sur ce serveur :',
      configuration: 'Concernées ici :',
      lastPublic:
        'C’est la dernière mise à jour que Microsoft a publiée pour cette version : il n’y en aura plus d’autre.',
    },
    severity: {
      kevSince: 'Activement exploitées : {kevCount}. Un correctif existe depuis le {date}.',
      since: 'Un correctif existe depuis le {date}.',
    },
    tracked: {
      untracked:
        'Microsoft ne corrige plus {product}. Les vulnérabilités sont suivies ici jusqu’au {date} ; celles découvertes ensuite ne sont pas suivies et restent ouvertes sur ce serveur.',
    },
    builds: {
      heading: 'Les serveurs derrière ce nom ne sont pas au même niveau',
      body: 'Plusieurs builds ont été vus pour ce nom : il y a sans doute plusieurs serveurs derrière lui, qui n’ont pas tous les mêmes mises à jour. Le résultat ci-dessus porte sur le build {build}, le serveur le plus à risque. Mettez-les tous à jour.',
      item: 'Build {build} : {status} (ouvertes : {confirmed}, activement exploitées : {kev}). Vu dans : {paths}',
      assessed: 'présenté ci-dessus',
    },
    data: {
      statusAsOf: 'À jour au {date}',
      newerHeading: 'Contrôler à nouveau pour utiliser nos données du {date}',
      newerBody:
        'Ce résultat montre ce qui a été évalué le {checked} avec nos données du {judged}. Nos données ont été mises à jour depuis : contrôlez à nouveau le serveur pour l’évaluer avec les données du {date}.',
      staleAsOf:
        'Au {date}. Microsoft a pu publier des mises à jour depuis : consultez sa liste des builds et mises à jour.',
      buildList: 'Liste des builds et mises à jour d’Exchange de Microsoft',
    },
    precision: {
      update: 'Lu comme le build {build}, avec son niveau de mise à jour.',
      cu: 'Lu uniquement comme la mise à jour cumulative {build} : la mise à jour installée n’est pas connue. Get-ExchangeServer n’indique que la mise à jour cumulative ; pour voir la mise à jour installée, exécutez Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } sur chaque serveur.',
    },
    print: {
      count:
        'Vulnérabilités ouvertes sur ce build : {count}, dont activement exploitées : {kevCount} (énumérées ci-dessous ; la liste complète figure sur la page du résultat).',
      evidence: '{path} : {answer}, {value}',
    },
    delete: {
      title: 'Supprimer ce résultat ?',
      body: 'Le résultat pour {host} sera supprimé immédiatement, pour toutes les personnes qui ont son lien. Cette action est définitive.',
      confirm: 'Oui, le supprimer',
      keep: 'Non, garder le résultat',
    },
    form: {
      emailAddress:
        'Saisissez le nom du serveur de messagerie, pas une adresse e-mail : pour info@example.ch, c’est souvent mail.example.ch ou autodiscover.example.ch.',
    },
    forward: {
      heading: 'Pour votre prestataire informatique',
      intro: 'Les étapes exactes avec leurs liens, en un court texte à copier dans un e-mail ou à imprimer.',
      leadHost: 'Serveur Exchange {host} (build {build}), contrôlé le {date} : {status}.',
      leadBuild: 'Build Exchange {build}, évalué le {date} : {status}.',
      stepsHeading: 'Que faire, dans l’ordre :',
      result: 'Le résultat complet : {url}',
      copy: 'Copier le texte',
      copyLink: 'Copier le lien',
      copied: 'Copié.',
      factsheet: 'Que demander à votre prestataire informatique',
    },
    configWhat: {
      'CVE-2024-21410':
        'La protection étendue (Extended Protection) doit être activée pour chaque répertoire virtuel d’Exchange (le Health Checker indique son état). Exchange Server 2019 à partir de la CU14 et Exchange SE l’activent à l’installation ; Exchange Server 2016 nécessite le script ExchangeExtendedProtectionManagement de Microsoft.',
      'CVE-2025-53786':
        'Configurations hybrides seulement : une fois la mise à jour correctrice d’avril 2025 ou une plus récente installée, passez à l’application hybride Exchange dédiée et réinitialisez les clés du principal de service partagé, comme le décrivent l’avis de Microsoft et la directive d’urgence 25-02 de la CISA.',
      other: 'Sa correction dépend de réglages ; le Health Checker les indique.',
    },
  },
  it: {
    answers: {
      supported: 'Microsoft supporta {product}.',
      supportedUntil: 'Microsoft supporta {product} fino al {date}.',
      unsupported:
        'Il supporto di Microsoft per {product} è terminato il {date}. Non riceve più aggiornamenti di sicurezza pubblici.',
      unsupportedNoDate: 'Microsoft non supporta più {product}. Non riceve più aggiornamenti di sicurezza pubblici.',
      unknownProduct: 'Non riconosciamo questa build, quindi non sappiamo a quale versione di Exchange appartenga.',
      upToDate: 'La build {build} è l’aggiornamento più recente per il {cu}.',
      upToDateAsOf:
        'Al {date}, la build {build} è l’aggiornamento più recente per il {cu} nei nostri dati. Da allora Microsoft potrebbe aver pubblicato altri aggiornamenti.',
      behind: 'La build più recente per il {cu} è la {latestBuild} ({latestName}, pubblicata il {date}).',
      cuNotServiced:
        'Il {cu} non riceve più aggiornamenti. Installate prima il {newCu} (build {newBuild}), poi il suo aggiornamento più recente.',
      cuOnly:
        'Si è potuto leggere solo l’aggiornamento cumulativo ({cu}), non l’aggiornamento installato. La build pubblica più recente per il {cu} è la {latestBuild} ({latestName}, pubblicata il {date}).',
      newerThanData:
        'Probabilmente: questa build è più recente di tutto ciò che contengono i nostri dati, completi fino al {date}.',
      latestUnknown: 'I nostri dati non contengono una build più recente con cui confrontarla.',
      lastPublicInstalled:
        'L’ultimo aggiornamento pubblicato da Microsoft per {product} {cu}, {latestName} (build {latestBuild}, pubblicato il {date}), è installato. Non ci saranno altri aggiornamenti pubblici.',
      lastPublicMissing:
        'L’ultimo aggiornamento pubblicato da Microsoft per {product} {cu}, {latestName} (build {latestBuild}, pubblicato il {date}), non è installato. Non ci saranno altri aggiornamenti pubblici.',
      esuOnly:
        'Questo aggiornamento è disponibile solo per le organizzazioni iscritte al programma a pagamento di aggiornamenti di sicurezza estesi (ESU) di Microsoft.',
      esuLater:
        'Un aggiornamento successivo, {update} (build {build}), è stato distribuito solo alle organizzazioni iscritte al programma a pagamento di aggiornamenti di sicurezza estesi (ESU) di Microsoft, durato dal {start} al {end}.',
      noMoreUpdates:
        'Il supporto di Microsoft per {product} è terminato il {date}. Non ci saranno altri aggiornamenti.',
    },
    steps: {
      exploited: 'Sfruttate attivamente e aperte su questo server:',
      configuration: 'Interessate qui:',
      lastPublic: 'È l’ultimo aggiornamento che Microsoft ha pubblicato per questa versione: non ne arriveranno altri.',
    },
    severity: {
      kevSince: 'Sfruttate attivamente: {kevCount}. Una correzione esiste dal {date}.',
      since: 'Una correzione esiste dal {date}.',
    },
    tracked: {
      untracked:
        'Microsoft non corregge più {product}. Le vulnerabilità sono seguite qui fino al {date}; quelle scoperte dopo non sono seguite e restano aperte su questo server.',
    },
    builds: {
      heading: 'I server dietro questo nome non sono allo stesso livello',
      body: 'Per questo nome sono state viste build diverse: dietro ci sono probabilmente più server, non tutti con gli stessi aggiornamenti. Il risultato qui sopra riguarda la build {build}, il server più a rischio. Aggiornateli tutti.',
      item: 'Build {build}: {status} (aperte: {confirmed}, sfruttate attivamente: {kev}). Vista in: {paths}',
      assessed: 'mostrata qui sopra',
    },
    data: {
      statusAsOf: 'Aggiornato al {date}',
      newerHeading: 'Controllare di nuovo per usare i nostri dati del {date}',
      newerBody:
        'Questo risultato mostra ciò che è stato valutato il {checked} con i nostri dati del {judged}. Da allora i nostri dati sono stati aggiornati: controllate di nuovo il server per valutarlo con i dati del {date}.',
      staleAsOf:
        'Al {date}. Da allora Microsoft potrebbe aver pubblicato altri aggiornamenti: consultate il suo elenco di build e aggiornamenti.',
      buildList: 'Elenco delle build e degli aggiornamenti di Exchange di Microsoft',
    },
    precision: {
      update: 'Letta come build {build}, con il suo livello di aggiornamento.',
      cu: 'Letta solo come aggiornamento cumulativo {build}: l’aggiornamento installato non è noto. Get-ExchangeServer mostra solo l’aggiornamento cumulativo; per vedere l’aggiornamento installato eseguite Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } su ogni server.',
    },
    print: {
      count:
        'Vulnerabilità aperte su questa build: {count}, di cui sfruttate attivamente: {kevCount} (elencate qui sotto; l’elenco completo è nella pagina del risultato).',
      evidence: '{path}: {answer}, {value}',
    },
    delete: {
      title: 'Eliminare questo risultato?',
      body: 'Il risultato per {host} verrà eliminato subito, per tutte le persone che hanno il link. L’operazione non si può annullare.',
      confirm: 'Sì, eliminarlo',
      keep: 'No, tenere il risultato',
    },
    form: {
      emailAddress:
        'Inserite il nome del server di posta, non un indirizzo e-mail: per info@example.ch è spesso mail.example.ch o autodiscover.example.ch.',
    },
    forward: {
      heading: 'Per il vostro fornitore informatico',
      intro: 'I passi esatti con i loro link, in un breve testo da copiare in un’e-mail o da stampare.',
      leadHost: 'Server Exchange {host} (build {build}), controllato il {date}: {status}.',
      leadBuild: 'Build Exchange {build}, valutata il {date}: {status}.',
      stepsHeading: 'Cosa fare, in ordine:',
      result: 'Il risultato completo: {url}',
      copy: 'Copiare il testo',
      copyLink: 'Copiare il link',
      copied: 'Copiato.',
      factsheet: 'Cosa chiedere al vostro fornitore informatico',
    },
    configWhat: {
      'CVE-2024-21410':
        'Extended Protection (protezione estesa) deve essere attiva per ogni directory virtuale di Exchange (Health Checker ne mostra lo stato). Exchange Server 2019 dal CU14 ed Exchange SE la attivano all’installazione; Exchange Server 2016 richiede lo script ExchangeExtendedProtectionManagement di Microsoft.',
      'CVE-2025-53786':
        'Solo nelle configurazioni ibride: con l’aggiornamento correttivo di aprile 2025 o successivo installato, passate all’app ibrida Exchange dedicata e reimpostate le chiavi dell’entità servizio condivisa, come descrivono l’avviso di Microsoft e la direttiva d’emergenza 25-02 della CISA.',
      other: 'La sua chiusura dipende dalle impostazioni; Health Checker le mostra.',
    },
  },
});
