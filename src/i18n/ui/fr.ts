import type { UiStrings } from './en.ts';

export const fr: UiStrings = {
  meta: {
    siteDescription:
      'Vérifiez s’il manque des mises à jour de sécurité à votre serveur Microsoft Exchange, et corrigez-le.',
  },
  skipLink: 'Aller au contenu principal',
  nav: {
    label: 'Navigation principale',
    home: 'Vérifier un serveur',
    advisory: 'Avertissement',
    guides: 'Guides',
    factsheet: 'Fiche pratique',
    builds: 'Builds Exchange',
    vulnerabilities: 'Vulnérabilités',
    search: 'Recherche',
  },
  languageSwitch: { label: 'Langue', current: 'langue actuelle' },
  footer: {
    label: 'À propos de ce site',
    privacy: 'Protection des données',
    accessibility: 'Accessibilité',
    imprint: 'Mentions légales',
    terms: 'Conditions d’utilisation',
    reportAbuse: 'Signaler un abus ou exclure un serveur',
    howItWorks: 'Ce que le contrôle envoie',
    api: 'API et données ouvertes',
    campaigns: 'Campagnes pour les CERT',
    dataVersion: 'Données Exchange à jour au {date}',
    source: 'Avertissement d’origine : Centre national pour la cybersécurité (NCSC), Suisse',
  },
  home: {
    title: 'Manque-t-il des mises à jour de sécurité à votre serveur Exchange ?',
    lead: 'Saisissez le nom de votre serveur Microsoft Exchange. Nous lisons sa version, comme le ferait un navigateur web, et vous indiquons précisément quelles mises à jour installer.',
    hostLabel: 'Nom du serveur Exchange',
    hostHint: 'L’adresse que vous utilisez pour Outlook sur le web, par exemple mail.example.ch',
    submit: 'Vérifier le serveur',
    terms:
      'Ne vérifiez que les serveurs dont vous êtes responsable. Le contrôle envoie quelques requêtes web ordinaires ; {link} ce qu’elle envoie.',
    termsLink: 'voyez exactement',
    buildTitle: 'Votre serveur n’est pas joignable depuis Internet ?',
    buildLead:
      'Saisissez plutôt son numéro de build, tiré de l’Exchange Health Checker, de Get-ExchangeServer ou de l’en-tête X-OWA-Version.',
    buildLabel: 'Numéro de build',
    buildHint: 'Par exemple 15.2.1748.24',
    buildSubmit: 'Vérifier le numéro de build',
    whyTitle: 'Pourquoi c’est important',
    why: 'Des attaquants recherchent sur Internet les serveurs Exchange non corrigés pour y déposer des rançongiciels, envoyer des logiciels malveillants et miner des cryptomonnaies. Les mises à jour existent depuis des mois, mais de nombreux serveurs ne les ont toujours pas.',
    readAdvisory: 'Lire l’avertissement',
  },
  errors: {
    summaryTitle: 'Il y a un problème',
    prefix: 'Erreur :',
  },
};
