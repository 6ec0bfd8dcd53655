// The French wording of every import problem code (shared/problem-codes.ts): identifiers, values, file
// names and format names stay as they are. A code without a French text does not compile.
import type { ProblemCode, ProblemParams, Template } from '../../shared/problem-codes';

const KINDS: Record<string, string> = {
  null: 'null',
  'an array': 'un tableau',
  'an object': 'un objet',
  'a number too large to hold': 'un nombre trop grand pour être gardé',
  'a string': 'une chaîne',
  'a number': 'un nombre',
  'a boolean': 'un booléen',
  'a bigint': 'un grand entier',
  'a undefined': 'rien',
  'a function': 'une fonction',
  'a symbol': 'un symbole',
};

/** kindOf's English ("an array", "a string"), in French. */
function kind(value: string | number | undefined): string {
  const text = String(value);
  return KINDS[text] ?? text;
}

const TYPES: Record<string, string> = {
  number: 'un nombre',
  boolean: 'un booléen',
  object: 'un objet',
  bigint: 'un grand entier',
  function: 'une fonction',
  symbol: 'un symbole',
  undefined: 'rien',
};

const EXPECTED: Record<string, string> = {
  'a string': 'une chaîne',
  'a number': 'un nombre',
  'a boolean': 'un booléen',
  'true or false': 'true ou false',
  valid: 'valide',
};

function char(value: string | number | undefined): string {
  const c = String(value);
  if (c === 'end') return 'la fin du texte';
  if (c === 'break') return 'un saut de ligne';
  if (c.startsWith('U+')) return `le caractère de contrôle ${c}`;
  return c;
}

function plural(count: string | number | undefined, one: string, many: string): string {
  return `${count} ${Number(count) <= 1 ? one : many}`;
}

const entries = (count: string | number | undefined) => plural(count, 'entrée', 'entrées');

const SHAPES: Record<string, string> = {
  editor: 'forme Cookie-Editor / EditThisCookie',
  playwright: "forme Playwright / Puppeteer ; 'expires' est lu comme l’expiration",
  plain: 'objets name/value/domain',
};

const LABELS: Record<string, string> = {
  none: '',
  acm: " ('A Cookie Manager')",
  storage: ' (storageState Playwright)',
};

const shape = (p: ProblemParams) => SHAPES[String(p.shape)] ?? String(p.shape);
const label = (p: ProblemParams) => LABELS[String(p.label)] ?? '';
const COOKIE_TXT_FIELDS = 'domain, include-subdomains, path, secure, expiry, name, value';
const DROPPED_PARTITION = 'le bocal garde les cookies sans partition';

export const FRENCH: Record<ProblemCode, Template> = {
  SEVERAL: (_p, parts) => parts,

  FILE_EMPTY: () => 'le fichier est vide',
  FILE_TOO_LARGE: () => 'le fichier dépasse 64 Mio',
  JSON_INVALID_START: (p) => `commence par '${p.first}' mais n’est pas du JSON valide`,
  JSON_EMPTY_ARRAY: () => 'un tableau JSON vide (aucun cookie)',
  JSON_ARRAY_OF: (_p, parts) => `tableau JSON de ${parts}`,
  JSON_OBJECT_EMPTY_COOKIES: (p) => `objet JSON avec un tableau cookies vide${label(p)}`,
  JSON_OBJECT_COOKIES: (p, parts) => `objet JSON avec un tableau cookies${label(p)} : ${parts}`,
  JSON_OBJECT_NO_COOKIES: () => "objet JSON sans tableau 'cookies', pas une liste de cookies",
  JSON_VALUE_NOT_LIST: (p) => `valeur JSON qui est ${kind(p.kind)}, pas une liste de cookies`,
  LIST_NO_COOKIE_OBJECTS: (p) => `${entries(p.count)}, dont aucune n’est un objet cookie avec name et domain`,
  LIST_ALL_COOKIE_OBJECTS: (p) => `${plural(p.count, 'objet cookie', 'objets cookie')} (${shape(p)})`,
  LIST_SOME_COOKIE_OBJECTS: (p) => `${entries(p.count)}, dont ${p.cookies} objets cookie (${shape(p)})`,
  NETSCAPE_HEADER: () => "commence par '# Netscape HTTP Cookie File'",
  NETSCAPE_OLD_HEADER: () => "commence par '# HTTP Cookie File' (l’ancien en-tête de curl / Netscape)",
  NETSCAPE_SPEC_COMMENT: (p) =>
    `contient le commentaire de la spécification cookies.txt à la ligne ${p.line}`,
  NETSCAPE_NOT_A_LINE: (p, parts) => `la ligne ${p.line} n’est pas une ligne cookies.txt : ${parts}`,
  NETSCAPE_TAB_FIELDS: (p) =>
    `${p.count} champs séparés par des tabulations${p.count === 6 ? ' (sans la valeur)' : ''} à la ligne ${p.line}`,
  NETSCAPE_SPACE_FIELDS: (p) =>
    `${p.count} champs séparés par des espaces à la ligne ${p.line} (tabulations remplacées par des espaces ; lu avec tolérance)`,
  NETSCAPE_NO_TABS_NO_FLAGS: (p) =>
    `la ligne ${p.line} n’est pas une ligne cookies.txt : pas de tabulation, et ses 2e et 4e mots ne sont pas TRUE/FALSE`,
  NETSCAPE_ONLY_COMMENTS: () =>
    'seulement des commentaires et des lignes vides : ni en-tête cookies.txt ni ligne de cookie',
  BINARY_UNKNOWN: () => 'un fichier binaire qui n’est aucune base de cookies de navigateur connue de Crumbs',
  NO_KNOWN_FORMAT: (p) => `aucun format connu ne commence ainsi (ligne 1 : ${p.line})`,
  READ_AS_ASKED: (p, parts) => `lu comme ${p.label}, comme demandé (${parts})`,
  READ_AS_ASKED_UNLIKE: (p, parts) =>
    `lu comme ${p.label}, comme demandé, bien qu’il n’en ait pas l’air : ${parts}`,
  READ_AS_ASKED_UNLIKE_BARE: (p) => `lu comme ${p.label}, comme demandé, bien qu’il n’en ait pas l’air`,
  NOT_READ: () => 'non lu',
  NOT_A_COOKIE_FILE: (_p, parts) => `pas un fichier de cookies que Crumbs sait lire : ${parts}`,
  MORE_PROBLEMS: (p) => `${plural(p.count, 'autre problème non listé', 'autres problèmes non listés')}`,

  LINE_TOO_LONG: (p) => `la ligne fait ${p.bytes} octets ; la limite est de ${p.limit} Kio`,
  NETSCAPE_TAB_COUNT: (p) =>
    `7 champs séparés par des tabulations attendus (${COOKIE_TXT_FIELDS}), ${plural(p.count, 'trouvé', 'trouvés')}`,
  NETSCAPE_NO_TABS: (p) =>
    `aucune tabulation et ${plural(p.count, 'champ séparé', 'champs séparés')} par des espaces ; ` +
    `7 champs séparés par des tabulations attendus (${COOKIE_TXT_FIELDS})`,
  DOMAIN_EMPTY: () => 'le domaine est vide',
  DOMAIN_DOTS: (p) => `le domaine ${p.value} commence par plus d’un point`,
  SUBDOMAINS_FLAG: (p) => `le champ include-subdomains vaut ${p.value} ; TRUE ou FALSE attendu`,
  PATH_EMPTY: () => 'le chemin est vide',
  PATH_NO_SLASH: (p) => `le chemin ${p.value} ne commence pas par '/'`,
  SECURE_FLAG: (p) => `le champ secure vaut ${p.value} ; TRUE ou FALSE attendu`,
  EXPIRY_TOO_LARGE: (p) => `l’expiration ${p.value} est trop grande`,
  EXPIRY_NEGATIVE: (p) =>
    `l’expiration ${p.value} est négative ; 0 (un cookie de session) ou des secondes Unix attendus`,
  EXPIRY_NOT_NUMBER: (p) => `l’expiration ${p.value} n’est pas un nombre de secondes`,

  JSON_INVALID: () => 'JSON non valide',
  JSON_INVALID_AT: (_p, parts) => `JSON non valide : ${parts}`,
  JSON_BAD_ESCAPE: () => 'échappement non valide dans une chaîne',
  JSON_BREAK_IN_STRING: (p) => `${char(p.char)} dans une chaîne (une chaîne doit tenir sur une ligne)`,
  JSON_STRING_OPEN: () => 'une chaîne n’est pas fermée',
  JSON_ENDS_EARLY: () => 'le texte s’arrête trop tôt',
  JSON_EXPECTED_VALUE: (p) => `${char(p.char)} inattendu ; une valeur était attendue`,
  JSON_EXPECTED_NAME: (p) =>
    `${char(p.char)} inattendu ; un nom de propriété entre guillemets doubles était attendu`,
  JSON_EXPECTED_COLON: (p) => `${char(p.char)} inattendu ; ':' était attendu`,
  JSON_AFTER_END: (p) => `${char(p.char)} inattendu après la fin de la valeur JSON`,
  JSON_EXPECTED_COMMA: (p) => `${char(p.char)} inattendu ; ',' ou '${p.close}' était attendu`,
  NOT_COOKIE_LIST: (p) =>
    `un tableau JSON de cookies ou un objet avec un tableau 'cookies' était attendu ; trouvé : ${
      p.kind === 'object-without-cookies' ? "un objet sans tableau 'cookies'" : kind(p.kind)
    }`,
  NOT_COOKIE_OBJECT: (p) => `un objet cookie était attendu, trouvé : ${kind(p.kind)}`,
  FIELD_MISSING: (p) => `'${p.field}' manque`,
  FIELD_TYPE: (p) =>
    `'${p.field}' doit être ${EXPECTED[String(p.expected)] ?? p.expected}, trouvé : ${kind(p.kind)}`,
  FIELD_NEGATIVE: (p) => `'${p.field}' est négatif`,
  FIELD_TOO_LARGE: (p) => `'${p.field}' est trop grand`,
  SAMESITE_TYPE: (p) => `sameSite doit être une chaîne ou null, trouvé : ${TYPES[String(p.type)] ?? p.type}`,
  SAMESITE_VALUE: (p) =>
    `sameSite '${p.value}' n’est pas l’une des valeurs no_restriction, lax, strict, unspecified (ou None, Lax, Strict)`,

  SHAPE_CQM: (p) =>
    `tableau JSON de ${entries(p.count)} avec 'Name raw' et 'Host raw' (Cookie Quick Manager)`,
  SHAPE_SELENIUM: (p) => `tableau JSON de ${entries(p.count)} avec 'expiry' (Selenium get_cookies())`,
  SHAPE_CDP: (p) =>
    `tableau JSON de ${entries(p.count)} avec 'expires' (protocole Chrome DevTools / cookies Puppeteer / Playwright)`,
  SHAPE_SELENIUM_SESSION: (p) =>
    `tableau JSON de ${entries(p.count)} avec name/value/domain et sans champ d’expiration (Selenium get_cookies(), cookies de session)`,
  SHAPE_HAR: (p) =>
    `objet JSON avec log.entries (${p.version === '' ? 'HAR' : `HAR ${p.version}`}, ${entries(p.count)})`,
  SHAPE_STORAGE_STATE: () => "objet JSON avec des tableaux 'cookies' et 'origins' (storageState Playwright)",
  SHAPE_CDP_EMPTY_OBJECT: () => "objet JSON avec seulement un tableau 'cookies' vide (Network.getAllCookies)",
  SHAPE_CDP_OBJECT: (_p, parts) =>
    `objet JSON avec seulement un tableau 'cookies' (Network.getAllCookies) : ${parts}`,

  ARRAY_FIELD_TYPE: (p) => `'${p.field}' doit être un tableau, trouvé : ${kind(p.kind)}`,
  NOT_ORIGIN_OBJECT: (p) => `un objet origine était attendu, trouvé : ${kind(p.kind)}`,
  NOT_STORAGE_ENTRY: (p) => `une entrée localStorage {name, value} était attendue, trouvé : ${kind(p.kind)}`,
  NOT_STORAGE_STATE: (p) =>
    `un objet storageState {cookies, origins} était attendu, trouvé : ${kind(p.kind)}`,
  ORIGIN_NOT_A_URL: (p) => `l’origine ${p.value} n’est pas une URL`,
  ORIGIN_NOT_HTTP_ORIGIN: (p) => `l’origine ${p.value} n’est pas une origine http ou https`,
  ORIGIN_MORE_THAN_ORIGIN: (p) => `l’origine ${p.value} contient plus qu’un schéma, un hôte et un port`,
  NOTE_STORAGE_DROPPED: (p) =>
    `${p.what === 'opfs' ? 'le système de fichiers privé d’origine' : 'IndexedDB'} de ${p.origin} laissé de côté : le bocal ne garde que les cookies et le localStorage`,
  CQM_FLAG: (p) => `'${p.field}' doit valoir "true" ou "false", trouvé : ${kind(p.found)}`,
  CQM_EXPIRES_TYPE: (p) => `'Expires raw' doit être une chaîne de secondes Unix, trouvé : ${kind(p.kind)}`,
  CQM_EXPIRES_TEXT: (p) => `'Expires raw' ${p.value} n’est pas en secondes Unix`,
  NOT_CQM_LIST: (p) =>
    `un tableau JSON d’entrées Cookie Quick Manager était attendu, trouvé : ${kind(p.kind)}`,
  NOTE_FIRST_PARTY: (p) =>
    `domaine first-party ${p.domain} laissé de côté : le bocal garde les cookies sans isolation first-party`,
  NOTE_FIREFOX_STORE: (p) =>
    `magasin de cookies Firefox ${p.store} laissé de côté : le bocal n’a qu’un magasin (ni conteneurs ni fenêtres privées)`,
  NOT_HAR: () => "un fichier HAR était attendu : un objet avec 'log.entries' (un tableau)",
  NOT_HAR_ENTRY: (p) => `un objet entrée HAR était attendu, trouvé : ${kind(p.kind)}`,
  SET_COOKIE_NOT_STRING: (p) =>
    `la valeur de l’en-tête Set-Cookie doit être une chaîne, trouvé : ${kind(p.kind)}`,
  HAR_URL_MISSING: () => 'le request.url de l’entrée manque : le cookie n’a donc pas de site',
  HAR_URL_INVALID: (p) => `le request.url ${p.value} de l’entrée n’est pas une URL`,
  HAR_URL_NOT_HTTP: (p) => `le request.url ${p.value} de l’entrée n’est pas une URL http(s)`,
  HAR_DOMAIN_NOT_HOST: (p) => `Domain ${p.domain} n’est pas un nom d’hôte`,
  HAR_DOMAIN_MISMATCH: (p) => `Domain ${p.domain} ne correspond pas à l’hôte de la requête ${p.host}`,
  SET_COOKIE_UNREADABLE: () =>
    'pas une ligne Set-Cookie que tough-cookie sait lire (pas de paire nom=valeur, ou un caractère de contrôle)',
  HAR_EXPIRES_NOT_DATE: (p) => `'expires' ${p.value} n’est pas une date`,
  NOTE_HAR_REQUEST_COOKIE: (p) =>
    `lu comme un cookie de session de ${p.host}, chemin / : un navigateur n’envoie que le nom et la valeur, pas le domaine, le chemin, l’expiration ni les attributs du cookie`,

  SNIFF_STARTS_WITH: (p) => `commence par '${p.text}'`,
  SNIFF_FIRST_LINE: (p) => `la première ligne commence par '${p.text}'`,
  SNIFF_FIRST_COOKIE_LINE: (p) => `la première ligne de cookie commence par '${p.text}'`,
  NEEDS_URL: () => 'ces lignes Set-Cookie ont besoin de l’URL d’où elles viennent (--url)',
  BAD_URL_OPTION: (p) => `--url ${p.value} n’est pas une URL http:// ou https://`,
  NEEDS_SITE: () => 'un en-tête Cookie a besoin du site auquel il a été envoyé (--site)',
  BAD_SITE_OPTION: (p) => `--site ${p.value} n’est ni un nom d’hôte ni une URL`,
  SET_COOKIE_EMPTY: () => 'Set-Cookie: sans rien après',
  SET_COOKIE_NO_EQUALS: () =>
    "la première partie n’a pas de '=' : une ligne Set-Cookie commence par nom=valeur",
  SET_COOKIE_NO_NAME: () => 'le nom du cookie est vide',
  SET_COOKIE_UNPARSABLE: () => 'tough-cookie ne sait pas la lire comme un en-tête Set-Cookie',
  SET_COOKIE_DOMAIN_MISMATCH: (p) => `Domain ${p.domain} ne correspond pas à l’hôte de l’URL ${p.host}`,
  SET_COOKIE_PUBLIC_SUFFIX: (p) => `Domain ${p.domain} est un suffixe public : aucun site ne peut le poser`,
  SET_COOKIE_HOST_PREFIX: () => 'un cookie __Host- doit être Secure, avoir Path=/ et aucun Domain',
  SET_COOKIE_INSECURE: () =>
    'un cookie Secure venu d’une URL http:// : les navigateurs l’ignorent (donnez l’URL https:// avec --url)',
  NOTE_BAD_EXPIRES: (p) =>
    `Expires ${p.value} n’est pas une date de cookie : ignoré, comme le font les navigateurs`,
  NOTE_BAD_MAX_AGE: (p) => `Max-Age ${p.value} n’est pas un nombre : ignoré, comme le font les navigateurs`,
  NOTE_MAX_AGE_DELETES: (p) => `Max-Age=${p.value} supprime le cookie : lu comme déjà expiré`,
  NOTE_BAD_SAMESITE: (p) => `SameSite ${p.value} n’est ni Strict, ni Lax, ni None : lu comme non précisé`,
  NOTE_SAMESITE_NONE_INSECURE: () => 'SameSite=None sans Secure : les navigateurs actuels refusent ce cookie',
  NOTE_ATTRIBUTE_DROPPED: (p) => `l’attribut ${p.name} n’est pas gardé`,
  HEADER_PAIR_NO_EQUALS: (p) =>
    `la paire ${p.pair} n’a pas de '=' : un en-tête Cookie liste des paires nom=valeur séparées par ';'`,
  HEADER_PAIR_NO_NAME: (p) => `la paire ${p.pair} n’a pas de nom avant '='`,
  NOTE_HEADER_REPEATED: (p) =>
    `le cookie ${p.name} revient (d’abord en ${p.first}) : la valeur la plus tardive est gardée`,
  NOTE_HEADER_ONLY_PAIRS: (p) =>
    `un en-tête Cookie ne porte ni domaine, ni chemin, ni expiration, ni attributs : lu comme des cookies d’hôte de ${p.host}, ` +
    'chemin "/", de session, ni Secure ni HttpOnly',
  LWP_NO_PAIR: () => 'pas de paire nom=valeur',
  LWP_DOMAIN_MISSING: () => 'le domaine manque ou est vide',
  LWP_DOMAIN_SPACES: (p) => `le domaine ${p.value} contient des espaces`,
  LWP_PATH_MISSING: () => 'le chemin manque ou est vide',
  LWP_EXPIRES_NOT_DATE: (p) => `expires ${p.value} n’est pas une date comme "2026-01-01 00:00:00Z"`,
  LWP_NOT_A_LINE: () =>
    "pas une ligne 'Set-Cookie3:' : un fichier de cookies LWP contient un cookie par ligne",
  LWP_EMPTY_LINE: () => "'Set-Cookie3:' sans cookie après",
  NOTE_LWP_NO_VALUE: (p) => `le cookie ${p.name} n’a pas de '=valeur' : lu avec une valeur vide`,
  NOTE_LWP_DISCARD: () =>
    'discard et expires sont tous deux présents : lu comme un cookie de session, comme le dit discard',
  NOTE_LWP_PORT: (p) => `la restriction de port ${p.value} n’est pas gardée : le cookie va à tous les ports`,

  SNIFF_FIREFOX: () => "une base SQLite avec une table 'moz_cookies' (Firefox)",
  SNIFF_CHROMIUM: () => "une base SQLite avec une colonne 'encrypted_value' (Cookies de Chromium)",
  SNIFF_SAFARI: () => "commence par 'cook' (binarycookies de Safari)",
  DB_HOST_MISSING: () => 'l’hôte manque',
  DB_HOST_EMPTY: () => 'l’hôte est vide',
  DB_HOST_DOTS: (p) => `l’hôte ${p.value} commence par plus d’un point`,
  DB_HOST_SEPARATORS: (p) => `l’hôte ${p.value} contient des espaces ou des séparateurs`,
  DB_PATH_NO_SLASH: (p) => `le chemin ${p.value} ne commence pas par '/'`,
  DB_EXPIRY_RANGE: (p) => `l’expiration ${p.value} est hors limites`,
  DB_NAME_MISSING: () => 'le nom manque',
  DB_VALUE_MISSING: () => 'la valeur manque',
  DB_EXPIRY_NOT_DATE: () => 'l’expiration n’est pas une date',
  DB_UNDECRYPTABLE: (p, parts) => `le cookie ${p.name} de ${p.host} ${parts}`,
  DECRYPT_V10_UNKNOWN_KEY: () =>
    'est chiffré (v10) avec une clé que Crumbs n’a pas : ce n’est pas la clé Linux de Chromium ; Chrome sur macOS a besoin ' +
    'du mot de passe de son trousseau (donnez-le avec --keyring-secret), Chrome sous Windows chiffre avec une clé que seul ' +
    'le navigateur peut utiliser',
  DECRYPT_V11_NO_SECRET: () =>
    'est chiffré avec le secret du trousseau (v11) : donnez-le avec --keyring-secret',
  DECRYPT_V11_WRONG_SECRET: () =>
    'est chiffré avec le secret du trousseau (v11), et le secret donné ne le déchiffre pas',
  DECRYPT_V20: () => 'ne peut pas être déchiffré hors du navigateur (chiffrement v20 lié à l’application)',
  DECRYPT_DPAPI: () => 'ne peut pas être déchiffré hors du navigateur (chiffrement DPAPI de Windows)',
  DECRYPT_UNKNOWN_PREFIX: () =>
    'ne peut pas être déchiffré hors du navigateur (encrypted_value n’a pas de préfixe connu)',
  NOTE_DB_SAMESITE_UNKNOWN: (p) => `${p.field} ${p.value} est inconnu : lu comme non précisé`,
  NOTE_DB_PARTITION: (p) => `partition ${p.value} laissée de côté : ${DROPPED_PARTITION}`,
  NOTE_WAL_MODE: () =>
    'la base utilise un journal d’écriture anticipée et a été lue sans son fichier -wal : des cookies que le navigateur a ' +
    'changés depuis son dernier point de contrôle peuvent manquer (importez depuis le profil du navigateur pour les avoir)',
  NOTE_WAL_IGNORED: (p) =>
    `non lu : ${p.detail} ; des cookies changés depuis le dernier point de contrôle peuvent manquer`,
  NOTE_ORIGIN_ATTRIBUTES: () =>
    'attributs d’origine non compris : importé dans le bocal comme un cookie ordinaire',
  FIREFOX_PRIVATE: () => 'un cookie de navigation privée : non importé',
  NOTE_CONTAINER: (p) =>
    `conteneur ${p.value === '(unnamed)' ? '(sans nom)' : p.value} fusionné dans le bocal`,
  NOTE_FIRST_PARTY_ISOLATION: (p) => `domaine d’isolation first-party ${p.value} laissé de côté`,
  NOTE_ORIGIN_ATTRIBUTE: (p) => `attribut d’origine ${p.value} laissé de côté`,
  SAFARI_FIELD_OFFSET: (p) =>
    `le décalage du champ ${p.field}, ${p.offset}, tombe hors de l’enregistrement (${p.size} octets)`,
  SAFARI_FIELD_OVERRUN: (p) => `le champ ${p.field} dépasse la fin de l’enregistrement`,
  SAFARI_COOKIE: (p, parts) => `cookie ${p.name} : ${parts}`,
  SAFARI_PAGE_MARKER: () => 'la page ne commence pas par le marqueur de page 00 00 01 00',
  SAFARI_PAGE_COUNT: (p) =>
    `la page annonce ${p.count} cookies mais ses ${p.bytes} octets contiennent au plus ${p.room} décalages`,
  SAFARI_RECORD_OFFSET: (p) =>
    `le décalage d’enregistrement ${p.offset} tombe hors de sa page (${p.bytes} octets)`,
  SAFARI_RECORD_SIZE: (p) =>
    `la taille d’enregistrement ${p.size} ne tient pas dans sa page (${p.left} octets restants, ${p.min} au moins)`,
  SAFARI_PAGE_OVERRUN: (p) =>
    `la page (${p.size} octets) dépasse la fin du fichier${
      Number(p.after) > 0
        ? ` ; ${plural(p.after, 'page suivante est perdue aussi', 'pages suivantes sont perdues aussi')}`
        : ''
    } (fichier tronqué ?)`,

  NOTE_PARTITION_KEY: (p) =>
    `${p.key === '' ? 'clé de partition' : `clé de partition ${p.key}`} laissée de côté : ${DROPPED_PARTITION}`,
  NOTE_OPAQUE_PARTITION_KEY: () => `clé de partition opaque laissée de côté : ${DROPPED_PARTITION}`,
  NOTE_PRIORITY: (p) =>
    `priorité ${p.priority} laissée de côté : le bocal n’a pas de priorité de cookie (Medium par défaut dans Chrome)`,
  NOTE_SAME_PARTY: () =>
    'SameParty laissé de côté : le bocal n’a pas d’attribut SameParty (Chrome ne s’en sert plus)',

  CHECK_DOMAIN_EMPTY: () => 'le domaine est vide',
  CHECK_NOT_HOST: (p) => `le domaine "${p.domain}" n’est pas un nom d’hôte`,
  CHECK_PATH: (p) => `le chemin "${p.path}" ne commence pas par "/"`,
  CHECK_EXPIRY: () =>
    'l’expiration n’est pas une date (au-delà de l’an 275760, ou pas un nombre entier de secondes)',
  CHECK_NAME: () => 'le nom contient un caractère de contrôle, ";" ou "="',
  CHECK_VALUE: () => 'la valeur contient un caractère de contrôle ou ";"',
  CHECK_SIZE: (p) =>
    `le nom et la valeur font ${p.size} octets ; les navigateurs en gardent au plus ${p.max}`,
  PUBLIC_SUFFIX: () =>
    'son domaine est un suffixe public (comme "com" ou "co.uk") : aucun site ne peut le poser',
  HOST_PREFIX: () => 'un cookie __Host- doit être Secure, propre à l’hôte et avoir le chemin "/"',
  SECURE_PREFIX: () => 'un cookie __Secure- doit être Secure',
  DOMAIN_MISMATCH: (p) => `son domaine ne correspond pas à l’hôte qu’il annonce : ${p.message}`,
  COOKIE_REFUSED: () => 'le cookie a été refusé',
  TOUGH_REJECTED: (p) => `refusé par tough-cookie : ${p.message}`,
  ORIGIN_NOT_URL: (p) => `"${p.origin}" n’est pas une origine (schéma://hôte[:port])`,
  ORIGIN_NOT_HTTP: (p) => `"${p.origin}" n’est pas une origine http ou https`,
  ORIGIN_NOT_BARE: (p) => `"${p.origin}" n’est pas une origine seule ("${p.expected}" attendu)`,

  LOST_NO_STORAGE: (p) =>
    `${p.format} ne peut pas contenir de localStorage (le storageState Playwright le peut)`,
  LOST_NOT_WRITTEN: (_p, parts) => `non écrit : ${parts}`,
  UNWRITABLE_NAME: () => 'son nom contient une tabulation ou un saut de ligne',
  UNWRITABLE_VALUE: () => 'sa valeur contient une tabulation ou un saut de ligne',
  UNWRITABLE_PATH: () => "son chemin ne commence pas par '/' ou contient une tabulation",
  UNWRITABLE_DOMAIN: () => 'son domaine est vide, commence par "." ou "#", ou contient des espaces',
  LOST_SAMESITE_TXT: (p) => `SameSite=${p.sameSite} non conservé : cookies.txt n’a pas de SameSite`,
  LOST_INSECURE_NONE: () => 'SameSite=None sans Secure : Chromium refuse de le stocker',
  LOST_PLAYWRIGHT_LAX: () => 'SameSite non précisé écrit comme Lax (Playwright exige une valeur)',
  LOST_PLAYWRIGHT_EXPIRY: () =>
    'expiration après le 9999-12-31 écrite comme 9999-12-31 (la limite de Playwright)',

  EXPIRY_OVER_LIMIT: (p) =>
    `expire dans ${p.days} jours ; les navigateurs gardent un cookie ${p.max} jours au plus (RFC 6265bis)`,
  TOO_MANY_FOR_SITE: (p) =>
    `${Number(p.count).toLocaleString('fr')} cookies pour un seul site ; Chrome en garde au plus ${p.max} et efface les plus anciens`,
};
