// The consent platforms' option descriptions in French. The core documents each adapter's options in English
// (electron/core/consent/cmps/*.ts, optionDocs) and stays language-agnostic; the renderer shows these texts
// instead in the French UI. Keyed by `${cmpId}.${optionName}`; test/shared/option-text.test.ts checks that
// every option of every adapter has one, and that none is left over from an option that is gone.
// Identifiers (option paths, cookie names, JSON keys and values) stay as the English text writes them.
import type { CmpInfo } from '../../../shared/contract-consent';
import type { CmpId } from '../../../shared/consent';
import type { Language } from '../../i18n';

type OptionDoc = Pick<CmpInfo['options'][number], 'name' | 'description'>;
export type OptionKey = `${CmpId}.${string}`;

// Shared by the TCF adapter and Didomi, which writes a TC string with the same options.
const TCF_STRING = {
  cmpVersion: 'Version de la CMP écrite dans la chaîne (12 bits).',
  consentScreen: 'Écran de la CMP sur lequel le consentement a été donné (6 bits).',
  publisherCountryCode: 'Pays de l’éditeur (deux lettres), écrit dans publisherCC.',
  language:
    'Langue dans laquelle le bandeau a été affiché (consentLanguage) : EN, FR, DE, PT-BR… (fr-FR est lu comme FR).',
  vendorList:
    'La Global Vendor List, sous forme d’objet (le contenu de vendor-list.json, au format v3 : purposes, ' +
    'specialPurposes, features, specialFeatures, stacks, vendors). null = mode finalités seules : aucun ' +
    'partenaire, ce qu’accepte un site sans liste de partenaires (qui n’a que ses propres traceurs).',
  vendorListVersion:
    'Version de la liste des partenaires écrite en mode finalités seules (avec une liste de partenaires, c’est ' +
    'la version de la liste elle-même). Réglez-la sur la version que charge la CMP du site.',
  tcfPolicyVersion:
    'Version de la politique TCF : 5 pour TCF 2.3, 4 pour TCF 2.2 (remplace celle de la liste des partenaires).',
};

const HOST_ONLY = 'l’attribut Domain. Aucun (null) = un cookie limité à l’hôte.';
const COOKIE_KEPT = 'Nombre de jours pendant lesquels le cookie est conservé.';
const COOKIES_KEPT = 'Nombre de jours pendant lesquels les cookies sont conservés';

/** The French text of each option, by `${cmpId}.${optionName}`. */
export const OPTION_TEXT_FR: Readonly<Record<OptionKey, string>> = {
  // IAB TCF v2.2 / v2.3
  'tcf.cmpId':
    'Identifiant IAB de la CMP écrit dans la chaîne. 2 est le plus petit identifiant que la bibliothèque TCF ' +
    'accepte (0 et 1 sont invalides) et ne désigne aucune CMP en particulier : indiquez le vrai identifiant de ' +
    'la CMP du site quand un partenaire le vérifie.',
  'tcf.cmpVersion': TCF_STRING.cmpVersion,
  'tcf.consentScreen': TCF_STRING.consentScreen,
  'tcf.publisherCountryCode': TCF_STRING.publisherCountryCode,
  'tcf.language': TCF_STRING.language,
  'tcf.vendorList': TCF_STRING.vendorList,
  'tcf.vendorListVersion': TCF_STRING.vendorListVersion,
  'tcf.tcfPolicyVersion': TCF_STRING.tcfPolicyVersion,
  'tcf.vendors':
    'Identifiants des partenaires présentés à l’utilisateur ; chacun obtient le consentement quand toutes les ' +
    'finalités pour lesquelles il le demande sont autorisées. null = tous les partenaires de la liste. Les ' +
    'identifiants absents de la liste sont écartés, avec une remarque.',
  'tcf.acVendors':
    'Identifiants des fournisseurs Google Additional Consent (ATP absents de la GVL) : ils obtiennent le ' +
    'consentement quand le marketing est autorisé, sinon ils sont seulement présentés. Vide = pas ' +
    'd’addtl_consent.',
  'tcf.cookieName': 'Nom sous lequel la chaîne TC est enregistrée.',
  'tcf.storage':
    "'cookie' (cookie propriétaire, comme le font la plupart des CMP) ou 'localStorage' de l’origine de la page.",
  'tcf.domain':
    'Domaine du cookie ; null = le domaine enregistrable (.example.com), partagé par tous les sous-domaines.',
  'tcf.expiresDays':
    'Durée de vie du cookie, en jours : 390 (13 mois de 30 jours) respecte la règle du TCF qui impose de ' +
    'redemander le consentement tous les 13 mois, et reste sous les 400 jours qu’admettent les navigateurs.',

  // OneTrust
  'onetrust.categories':
    'Identifiant de groupe OneTrust → catégorie canonique, dans l’ordre où OneTrust les écrit.',
  'onetrust.version': 'Version du script OneTrust écrite dans le cookie.',
  'onetrust.consentId': 'UUID du consentement ; aléatoire s’il est absent.',
  'onetrust.timeZone': 'Fuseau horaire dans lequel le datestamp est écrit (nom IANA).',
  'onetrust.geolocation':
    'Pays;région du visiteur, écrit dans geolocation (ex. FR;IDF) ; omis s’il est absent.',
  'onetrust.landingPath': 'Champ landingPath.',
  'onetrust.interactionCount': 'Nombre d’interactions avec le bandeau enregistrées.',
  'onetrust.lastReconsentDate':
    'Date (ISO) à laquelle le site a demandé un nouveau consentement pour la dernière fois (« reconsent ») : ' +
    'une décision plus ancienne est signalée comme à redemander.',
  'onetrust.domain': 'Domaine du cookie.',
  'onetrust.expiresDays': 'Nombre de jours pendant lesquels les deux cookies sont conservés.',

  // Cookiebot
  'cookiebot.stamp':
    "Tampon de consentement (l’identifiant de consentement de Cookiebot) ; '-1' signifie hors d’une région " +
    'soumise au consentement.',
  'cookiebot.ver':
    'Version de consentement du groupe de domaines du site (augmentée par « renew consents ») ; un cookie ' +
    'portant une version inférieure est signalé comme à redemander.',
  'cookiebot.region': 'Code de région du visiteur écrit dans le cookie (fr, de, us-06…).',
  'cookiebot.method': 'Méthode de consentement : explicit (un clic) ou implied (implicite).',
  'cookiebot.domain':
    'Domaine du cookie ; à indiquer quand le partage du consentement entre domaines couvre les sous-domaines.',
  'cookiebot.expiresDays': COOKIE_KEPT,

  // CookieYes
  'cookieyes.categories':
    "Slug de catégorie CookieYes → catégorie canonique, dans l’ordre du site ; 'unclassified' (le slug " +
    "'other') n’est accepté que si tout le reste l’est.",
  'cookieyes.consentId': 'Valeur de consentid ; aléatoire si elle est absente.',
  'cookieyes.lastRenewedDate':
    'Date du dernier renouvellement du consentement par le site (en millisecondes depuis l’epoch) ; écrite dans ' +
    'le cookie, et un cookie plus ancien est signalé comme à redemander.',
  'cookieyes.domain': 'Domaine du cookie (le domaine racine configuré dans CookieYes).',
  'cookieyes.expiresDays': COOKIE_KEPT,

  // Didomi
  'didomi.purposes':
    "Identifiants de finalités Didomi → catégorie (ou 'any' : activée dès que quelque chose au-delà du strict " +
    'nécessaire est autorisé). Les valeurs par défaut sont les identifiants Didomi des finalités TCF (écrites ' +
    'dans la chaîne TC seulement, comme le fait Didomi sous TCF) et des fonctionnalités spéciales (écrites dans ' +
    'le jeton) ; ajoutez les finalités personnalisées du site (ex. {"analytics":"statistics"}), sinon Didomi ' +
    'affiche de nouveau sa notice.',
  'didomi.vendors':
    'Identifiants de partenaires Didomi ("google", "c:custom-id") → catégorie ; chacun est activé quand sa ' +
    'catégorie est autorisée. Tous les partenaires de la notice doivent y figurer, sinon la notice revient.',
  'didomi.tcf': 'Écrire la chaîne TC de l’IAB (euconsent-v2), comme le fait Didomi sous le RGPD.',
  'didomi.tcfVendors':
    'Identifiants de partenaires IAB pour la chaîne TC (null = tous les partenaires de vendorList).',
  'didomi.cmpId': 'Identifiant de CMP IAB de Didomi.',
  'didomi.cmpVersion': TCF_STRING.cmpVersion,
  'didomi.consentScreen': TCF_STRING.consentScreen,
  'didomi.publisherCountryCode': TCF_STRING.publisherCountryCode,
  'didomi.language': TCF_STRING.language,
  'didomi.vendorList': TCF_STRING.vendorList,
  'didomi.vendorListVersion': TCF_STRING.vendorListVersion,
  'didomi.tcfPolicyVersion': TCF_STRING.tcfPolicyVersion,
  'didomi.tokenName': 'Nom du cookie du jeton Didomi.',
  'didomi.tcfCookieName': 'Nom du cookie de la chaîne TC.',
  'didomi.storage': "'cookie' (le choix par défaut de Didomi) ou 'localStorage'.",
  'didomi.domain':
    'Domaine du cookie ; null = le domaine de base (enregistrable), là où Didomi l’enregistre.',
  'didomi.expiresDays':
    'Durée de vie du cookie, en jours. Indiquez la durée de consentement réglée dans la notice Didomi du site ' +
    '(un an quand elle n’est pas réglée, d’après les observations).',
  'didomi.userId':
    'user_id écrit dans le jeton ; null = un nouvel identifiant (date de création + partie aléatoire, comme ' +
    'Didomi les crée).',

  // tarteaucitron
  'tarteaucitron.services':
    'Les services tarteaucitron du site (les clés ajoutées à tarteaucitron.job) → une catégorie canonique ou ' +
    'le type tarteaucitron du service (analytic, ads, social, video, comment, api, support, other), qui ordonne ' +
    'aussi la valeur comme le fait la bibliothèque (par type, puis par clé). Chaque service que le site charge ' +
    'doit être écrit à true ou false, sinon la bibliothèque écrit `wait` et affiche son bandeau ; les clés que ' +
    'le site ne charge pas sont ignorées. Par défaut, les clés courantes sont associées selon le type de service ' +
    'tarteaucitron (analytic → statistics, ads → marketing, social/video/comment → social, api/support/other → ' +
    'preferences), de même que les services Google Consent Mode gcm*.',
  'tarteaucitron.cookieName': 'tarteaucitron.init({ cookieName }).',
  'tarteaucitron.domain': `tarteaucitron.init({ cookieDomain }) : ${HOST_ONLY}`,
  'tarteaucitron.expiresDays':
    'tarteaucitronForceExpire, en jours. La bibliothèque applique telles quelles les valeurs inférieures à 365 ' +
    'et écrit 365 jours pour toute autre valeur, sa durée par défaut.',

  // Klaro
  'klaro.services':
    'Les services Klaro du site (le `name` de chaque entrée de klaroConfig.services) → catégorie canonique. ' +
    'Chaque service configuré doit être écrit, sinon Klaro affiche de nouveau sa notice ; les noms absents de ' +
    'sa configuration sont ignorés, si bien qu’ajouter des noms courants en trop est sans risque. Les services ' +
    'associés à necessary sont écrits à true.',
  'klaro.cookieName':
    'klaroConfig.storageName (anciennement cookieName) : le nom du cookie ou la clé localStorage.',
  'klaro.storage':
    "klaroConfig.storageMethod : 'cookie' ou 'localStorage' (la valeur enregistrée est la même).",
  'klaro.domain': `klaroConfig.cookieDomain : ${HOST_ONLY}`,
  'klaro.path': 'klaroConfig.cookiePath.',
  'klaro.expiresDays':
    'klaroConfig.cookieExpiresAfterDays : la durée de vie du cookie (le localStorage n’expire jamais).',

  // Orejime
  'orejime.services':
    'Les finalités Orejime du site (l’`id` de chaque feuille d’orejimeConfig.purposes ; les groupes sont ' +
    'aplatis) → catégorie canonique. Chaque finalité doit être écrite, sinon Orejime affiche son bandeau ; une ' +
    'finalité obligatoire (isMandatory) doit être associée à necessary pour être écrite à true. Orejime ignore ' +
    'les identifiants inconnus.',
  'orejime.cookieName':
    'orejimeConfig.cookie.name. Orejime 3 utilise eu-consent ; Orejime 2 utilisait orejime.',
  'orejime.domain': `orejimeConfig.cookie.domain : ${HOST_ONLY}`,
  'orejime.expiresDays': 'orejimeConfig.cookie.duration, en jours.',
  'orejime.sameSite': 'orejimeConfig.cookie.sameSite.',

  // vanilla-cookieconsent
  'vanilla-cookieconsent.categories':
    'Les catégories du site (les clés de l’objet `categories` passé à CookieConsent.run), dans l’ordre du site ' +
    '→ catégorie canonique. Les catégories associées à necessary (celles en readOnly) sont toujours écrites ' +
    'comme acceptées.',
  'vanilla-cookieconsent.services':
    'Les services que liste chaque catégorie (clés de categories.<id>.services) : les services d’une catégorie ' +
    'acceptée sont écrits comme acceptés, comme lorsqu’on accepte une catégorie dans le bandeau.',
  'vanilla-cookieconsent.cookieName': 'cookie.name (c’est aussi la clé localStorage).',
  'vanilla-cookieconsent.storage':
    "'localStorage' quand le site définit cookie.useLocalStorage (le JSON est alors enregistré sans encodage).",
  'vanilla-cookieconsent.domain':
    'cookie.domain. Par défaut, la bibliothèque écrit Domain=<hôte>, si bien que le cookie couvre les ' +
    'sous-domaines.',
  'vanilla-cookieconsent.path': 'cookie.path.',
  'vanilla-cookieconsent.sameSite': 'cookie.sameSite.',
  'vanilla-cookieconsent.secure': 'cookie.secure (appliqué sur les pages https seulement).',
  'vanilla-cookieconsent.expiresDays': 'cookie.expiresAfterDays.',
  'vanilla-cookieconsent.revision':
    'La `revision` du site : quand le site en définit une, une révision enregistrée différente fait revenir le ' +
    'bandeau.',
  'vanilla-cookieconsent.language': 'languageCode écrit avec le choix.',
  'vanilla-cookieconsent.consentId':
    'L’identifiant de consentement (UUID v4) à écrire ; un identifiant aléatoire s’il est absent.',

  // Osano cookieconsent
  'osano-cookieconsent.type':
    'Le `type` du bandeau : opt-in ou opt-out (boutons Decline / Allow, écrits deny / allow), ou info ' +
    '(seulement « Got it », écrit dismiss, que la bibliothèque compte comme un consentement).',
  'osano-cookieconsent.categories':
    'Les catégories canoniques que le site place derrière son unique interrupteur. allow n’est écrit que si ' +
    'toutes sont acceptées ; sinon deny (la lecture la plus stricte d’un choix partiel).',
  'osano-cookieconsent.cookieName': 'cookie.name.',
  'osano-cookieconsent.domain': `cookie.domain : ${HOST_ONLY}`,
  'osano-cookieconsent.path': 'cookie.path.',
  'osano-cookieconsent.expiresDays': 'cookie.expiryDays.',
  'osano-cookieconsent.secure': 'cookie.secure.',

  // Complianz
  'complianz.policyId':
    'Identifiant de la politique de cookies actuelle du site (complianz.current_policy_id) ; écrit dans ' +
    'cmplz_policy_id. Sans lui, ce cookie n’est pas écrit, ce que Complianz accepte.',
  'complianz.services':
    'Identifiant de service → catégorie canonique, écrit dans cmplz_consented_services (consentement par ' +
    'service).',
  'complianz.prefix': 'Préfixe des noms de cookies (complianz.prefix).',
  'complianz.domain': 'Domaine du cookie (« set cookies on root domain » dans Complianz).',
  'complianz.expiresDays': `${COOKIES_KEPT} (complianz.cookie_expiry).`,

  // Axeptio
  'axeptio.services':
    'Identifiant de partenaire Axeptio → catégorie canonique ; tous les partenaires du site doivent y figurer, ' +
    'sinon Axeptio redemande le consentement.',
  'axeptio.cookiesVersion': 'Le cookiesVersion du site, {name, identifier} (axeptioSettings.cookiesVersion).',
  'axeptio.token': '$$token (identifiant anonyme du visiteur) ; aléatoire s’il est absent.',
  'axeptio.cookieName':
    'Nom du cookie de consentement (userCookiesName) ; les listes de partenaires prennent le même suffixe.',
  'axeptio.domain': 'Domaine du cookie (userCookiesDomain).',
  'axeptio.expiresDays': `${COOKIES_KEPT} (userCookiesDuration).`,

  // Usercentrics
  'usercentrics.services':
    'Identifiant de modèle de service Usercentrics → catégorie canonique ; tous les services du site doivent y ' +
    'figurer, sinon le consentement est redemandé pour ceux qui manquent.',
  'usercentrics.settingsId':
    'Le data-settings-id du site ; un état enregistré pour un autre identifiant est ignoré.',
  'usercentrics.version':
    'Version des réglages du site, écrite dans uc_settings et comparée lors du décodage.',
  'usercentrics.language': 'Langue écrite dans uc_settings et dans son historique.',
  'usercentrics.controllerId': 'controllerId (64 chiffres hexadécimaux) ; aléatoire s’il est absent.',

  // Opendatasoft
  'opendatasoft.trackers': 'Indicateur de traceur → catégorie canonique (format déduit de l’observation).',
  'opendatasoft.cookieName': 'Nom du cookie des préférences.',
  'opendatasoft.domain': 'Domaine du cookie.',
  'opendatasoft.expiresDays':
    'Nombre de jours pendant lesquels le choix est conservé (6 mois selon la politique du portail).',
};

/** The option's description in the UI's language: the French text where there is one, else the core's English. */
export function optionDescription(option: OptionDoc, cmp: CmpId, language: Language): string {
  if (language === 'fr') {
    const key: OptionKey = `${cmp}.${option.name}`;
    const text = Object.hasOwn(OPTION_TEXT_FR, key) ? OPTION_TEXT_FR[key] : undefined;
    if (text) return text;
  }
  return option.description;
}
