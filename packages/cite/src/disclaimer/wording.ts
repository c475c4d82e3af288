import type { DisclaimerMedium } from './types.js';

/** Languages disclaimers are written in: the English original and our unofficial translations. */
export type DisclaimerLanguage = 'en' | 'es-ES' | 'es-419' | 'pt-BR' | 'nl';

type Subjects = Readonly<Record<DisclaimerMedium, string>>;

interface FundingWording {
  /** The subject and verb that open the statement, per medium. */
  readonly subjects: Subjects;
  /** The statement after the subject; `funder` as the statement names it (in English, the award's `funderInText`). */
  readonly body: (funder: string, number: string) => string;
}

/**
 * The funding acknowledgement. The English press-release wording is the press release's own,
 * character for character; the other media replace only its subject ("This press release was").
 */
const ENGLISH_FUNDING: FundingWording = {
  subjects: {
    'press-release': 'This press release was',
    publication: 'This publication was',
    website: 'This website was',
    video: 'This video was',
    'event-materials': 'These event materials were',
    'social-media': 'This social media content was',
  },
  body: (funder, number) =>
    ` made possible through support provided by ${funder}, under the terms of Award No. ${number}. The opinions expressed herein are those of the author(s) and do not necessarily reflect the views of ${funder}.`,
};

const SPANISH_SUBJECTS: Subjects = {
  'press-release': 'Este comunicado de prensa fue posible',
  publication: 'Esta publicación fue posible',
  website: 'Este sitio web fue posible',
  video: 'Este vídeo fue posible',
  'event-materials': 'Estos materiales del evento fueron posibles',
  'social-media': 'Este contenido para redes sociales fue posible',
};

const spanishBody = (funder: string, number: string) =>
  ` gracias al apoyo prestado por ${funder}, en virtud de los términos de la adjudicación n.º ${number}. Las opiniones aquí expresadas son las del autor o los autores y no reflejan necesariamente las opiniones de ${funder}.`;

// Our own translations: no official Spanish, Portuguese or Dutch wording was found.
const TRANSLATED_FUNDING: Readonly<Record<Exclude<DisclaimerLanguage, 'en'>, FundingWording>> = {
  'es-ES': { subjects: SPANISH_SUBJECTS, body: spanishBody },
  'es-419': {
    subjects: { ...SPANISH_SUBJECTS, video: 'Este video fue posible' },
    body: spanishBody,
  },
  'pt-BR': {
    subjects: {
      'press-release': 'Este comunicado de imprensa foi possível',
      publication: 'Esta publicação foi possível',
      website: 'Este site foi possível',
      video: 'Este vídeo foi possível',
      'event-materials': 'Estes materiais do evento foram possíveis',
      'social-media': 'Este conteúdo de mídia social foi possível',
    },
    body: (funder, number) =>
      ` graças ao apoio prestado por ${funder}, nos termos da concessão nº ${number}. As opiniões aqui expressas são do(s) autor(es) e não refletem necessariamente as opiniões de ${funder}.`,
  },
  nl: {
    subjects: {
      'press-release': 'Dit persbericht is',
      publication: 'Deze publicatie is',
      website: 'Deze website is',
      video: 'Deze video is',
      'event-materials': 'Dit evenementmateriaal is',
      'social-media': 'Deze content voor sociale media is',
    },
    body: (funder, number) =>
      ` mogelijk gemaakt met steun van ${funder}, op grond van toekenning nr. ${number}. De hierin geuite meningen zijn die van de auteur(s) en weerspiegelen niet noodzakelijk de standpunten van ${funder}.`,
  },
};

/** The funding acknowledgement in a language. */
export function fundingText(
  language: DisclaimerLanguage,
  medium: DisclaimerMedium,
  funder: string,
  number: string,
): string {
  const wording = language === 'en' ? ENGLISH_FUNDING : TRANSLATED_FUNDING[language];
  return `${wording.subjects[medium]}${wording.body(funder, number)}`;
}

/** UNODC's publication disclaimer, exactly as printed on the copyright page of its Annual Report 2014. */
const ENGLISH_DESIGNATIONS =
  'The content of this publication does not necessarily reflect the views or policies of UNODC or contributory organizations, nor does it imply any endorsement. The designations employed and the presentation of material in this publication do not imply the expression of any opinion whatsoever on the part of UNODC concerning the legal status of any country, territory or city or its authorities, or concerning the delimitation of its frontiers or boundaries.';

const SPANISH_DESIGNATIONS =
  'El contenido de esta publicación no refleja necesariamente las opiniones o políticas de la UNODC ni de las organizaciones contribuyentes, ni implica respaldo alguno. Las denominaciones empleadas y la presentación del material en esta publicación no implican la expresión de opinión alguna por parte de la UNODC sobre la condición jurídica de ningún país, territorio o ciudad ni de sus autoridades, ni sobre la delimitación de sus fronteras o límites.';

const DESIGNATIONS: Readonly<Record<DisclaimerLanguage, string>> = {
  en: ENGLISH_DESIGNATIONS,
  'es-ES': SPANISH_DESIGNATIONS,
  'es-419': SPANISH_DESIGNATIONS,
  'pt-BR':
    'O conteúdo desta publicação não reflete necessariamente as opiniões ou políticas do UNODC ou de organizações contribuintes, nem implica qualquer endosso. As designações empregadas e a apresentação do material nesta publicação não implicam a expressão de qualquer opinião por parte do UNODC a respeito da condição jurídica de qualquer país, território ou cidade ou de suas autoridades, ou a respeito da delimitação de suas fronteiras ou limites.',
  nl: 'De inhoud van deze publicatie weerspiegelt niet noodzakelijk de standpunten of het beleid van UNODC of bijdragende organisaties, en houdt geen onderschrijving in. De gebruikte benamingen en de presentatie van het materiaal in deze publicatie houden geen enkel oordeel in van de zijde van UNODC over de juridische status van enig land, gebied of stad of van de autoriteiten daarvan, of over de afbakening van de grenzen daarvan.',
};

/** The designations disclaimer in a language. */
export function designationsText(language: DisclaimerLanguage): string {
  return DESIGNATIONS[language];
}

/** The notice that marks a translation as ours, in its own language. */
export const UNOFFICIAL_NOTICE: Readonly<Record<Exclude<DisclaimerLanguage, 'en'>, string>> = {
  'es-ES': 'Traducción no oficial; prevalece el original en inglés.',
  'es-419': 'Traducción no oficial; prevalece el original en inglés.',
  'pt-BR': 'Tradução não oficial; prevalece o original em inglês.',
  nl: 'Onofficiële vertaling; de Engelse tekst is leidend.',
};
