// Words of the HTML report in English and French, and the one escape every text goes through.
import type { FindingKind, Severity } from '../../../../shared/model';
import type { Lang } from './messages';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface Words {
  title: string;
  /** ": " in English, " : " in French. */
  colon: string;
  generated: string;
  sites: string;
  summary: string;
  noFindings: string;
  lifetimes: string;
  lifetimesNote: string;
  declared: string;
  real: string;
  notDeclared: string;
  realUndeclared: string;
  notStored: string;
  session: string;
  cnilLimit: string;
  findings: string;
  columns: {
    severity: string;
    site: string;
    cookie: string;
    kind: string;
    message: string;
    declared: string;
    actual: string;
  };
  severity: Record<Severity, string>;
  kind: Record<FindingKind, string>;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    title: 'Cookie compliance report',
    colon: ': ',
    generated: 'Generated',
    sites: 'Sites',
    summary: 'Findings by severity',
    noFindings: 'No findings: every stored cookie matches what its site declares.',
    lifetimes: 'Declared against real lifetimes',
    lifetimesNote:
      'One bar per cookie named in a finding: the bar is the real lifetime, the dark mark the declared one; red is the part beyond the declaration.',
    declared: 'declared',
    real: 'real',
    notDeclared: 'none',
    realUndeclared: 'real, nothing declared',
    notStored: 'not stored',
    session: 'browser session',
    cnilLimit: 'CNIL limit for trackers',
    findings: 'Findings',
    columns: {
      severity: 'Severity',
      site: 'Site',
      cookie: 'Cookie',
      kind: 'Kind',
      message: 'Message',
      declared: 'Declared',
      actual: 'Actual',
    },
    severity: { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
    kind: {
      undeclared: 'Undeclared',
      'not-seen': 'Declared, not seen',
      'outlives-declared': 'Outlives its declaration',
      'tracking-over-13-months': 'Tracker over 13 months',
      'consent-kept-too-long': 'Consent kept too long',
      'refused-category': 'Refused category',
      'too-many-cookies': 'Too many cookies',
    },
  },
  fr: {
    title: 'Rapport de conformité des cookies',
    colon: '\u202f: ',
    generated: 'Généré le',
    sites: 'Sites',
    summary: 'Constats par gravité',
    noFindings: 'Aucun constat : chaque cookie stocké correspond à ce que son site déclare.',
    lifetimes: 'Durées déclarées et durées réelles',
    lifetimesNote:
      'Une barre par cookie cité dans un constat : la barre est la durée réelle, le trait sombre la durée déclarée ; le rouge dépasse la déclaration.',
    declared: 'déclarée',
    real: 'réelle',
    notDeclared: 'aucune',
    realUndeclared: 'réelle, rien de déclaré',
    notStored: 'non stocké',
    session: 'session du navigateur',
    cnilLimit: 'limite CNIL des traceurs',
    findings: 'Constats',
    columns: {
      severity: 'Gravité',
      site: 'Site',
      cookie: 'Cookie',
      kind: 'Type',
      message: 'Constat',
      declared: 'Déclaré',
      actual: 'Réel',
    },
    severity: { high: 'Élevée', medium: 'Moyenne', low: 'Faible', info: 'Info' },
    kind: {
      undeclared: 'Non déclaré',
      'not-seen': 'Déclaré, jamais vu',
      'outlives-declared': 'Dure plus que déclaré',
      'tracking-over-13-months': 'Traceur au-delà de 13 mois',
      'consent-kept-too-long': 'Consentement gardé trop longtemps',
      'refused-category': 'Catégorie refusée',
      'too-many-cookies': 'Trop de cookies',
    },
  },
};
