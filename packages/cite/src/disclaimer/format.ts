import type { Organization } from '@track4tip/core';
import { CiteError } from '../errors.js';
import { escapeHtml, escapeMarkdown } from '../internal/escape.js';
import { findOrganization } from '../internal/organizations.js';
import {
  assertFormat,
  assertLocale,
  type CitationLocale,
  type OutputFormat,
} from '../styles/catalog.js';
import type { DisclaimerMedium, FormatDisclaimerOptions, FormattedDisclaimer } from './types.js';
import {
  type DisclaimerLanguage,
  designationsText,
  fundingText,
  UNOFFICIAL_NOTICE,
} from './wording.js';

const MEDIA: readonly DisclaimerMedium[] = [
  'press-release',
  'publication',
  'website',
  'video',
  'event-materials',
  'social-media',
];

const LANGUAGE: Readonly<Record<CitationLocale, DisclaimerLanguage>> = {
  'en-US': 'en',
  'en-GB': 'en',
  'es-ES': 'es-ES',
  'es-MX': 'es-419',
  'es-CL': 'es-419',
  'pt-BR': 'pt-BR',
  'nl-NL': 'nl',
};

const PRESS_RELEASE_SOURCE = {
  title: 'UNODC press release of 1 February 2021 on the TRACK4TIP webinar (its funding statement)',
  url: 'https://www.unodc.org/unodc/en/human-trafficking/Webstories2020/unodc-facilitates-seminar-to-strengthen-cooperation-in-human-trafficking-cases.html',
} as const;

/** The award the press release's statement acknowledges, as it prints it. */
const PRESS_RELEASE_AWARD = {
  funderInText: 'the United States Department of State',
  number: 'SSJTIP19CA0027',
} as const;

const DESIGNATIONS_SOURCE = { title: 'UNODC Annual Report 2014, copyright page' } as const;

function render(text: string, format: OutputFormat, language: DisclaimerLanguage): string {
  if (format === 'html') return `<p lang="${language}">${escapeHtml(text)}</p>`;
  if (format === 'markdown') return escapeMarkdown(text);
  return text;
}

function funderName(
  award: FormatDisclaimerOptions['award'],
  own: readonly Organization[] | undefined,
) {
  const id = award?.funder;
  if (typeof id !== 'string' || id === '') {
    throw new CiteError(
      'INVALID_INPUT',
      'expected the id of the funding organisation, e.g. "us-department-of-state"',
      { path: ['award', 'funder'] },
    );
  }
  const organization = findOrganization(id, own, ['award', 'funder'], 'organizations');
  return organization.name;
}

/**
 * Formats a disclaimer: the funding acknowledgement of an award for a medium (the press release's
 * own wording, character for character, for a press release), or UNODC's designations disclaimer
 * for publications. English is the original; Spanish, Portuguese and Dutch are our translations,
 * marked unofficial, with the English original alongside.
 *
 * @param options - Kind, award, medium, format and locale.
 * @returns The disclaimer, its English original, how its wording was obtained, and its source.
 * @throws {@link CiteError} `INVALID_INPUT` (e.g. `award.number` empty), `UNKNOWN_MEDIUM`,
 *   `UNKNOWN_FORMAT` or `UNKNOWN_LOCALE`.
 * @example
 * ```ts
 * import { formatDisclaimer } from '@track4tip/cite';
 * import { getAward } from '@track4tip/core';
 * const { value } = formatDisclaimer({ award: getAward('SSJTIP19CA0027'), medium: 'press-release' });
 * // "This press release was made possible through support provided by the United States Department of State, …"
 * ```
 */
export function formatDisclaimer(options: FormatDisclaimerOptions): FormattedDisclaimer {
  if (options === null || typeof options !== 'object') {
    throw new CiteError(
      'INVALID_OPTION',
      'expected an options object, e.g. { award, medium: "press-release" }',
      { path: ['options'] },
    );
  }
  const { kind = 'funding', format = 'text', locale = 'en-US' } = options;
  const medium = options.medium ?? (kind === 'designations' ? 'publication' : 'press-release');
  if (kind !== 'funding' && kind !== 'designations') {
    throw new CiteError(
      'UNKNOWN_KIND',
      `unknown disclaimer kind ${JSON.stringify(kind)}; use "funding" or "designations"`,
      { path: ['kind'] },
    );
  }
  if (!MEDIA.includes(medium)) {
    throw new CiteError(
      'UNKNOWN_MEDIUM',
      `unknown medium ${JSON.stringify(medium)}; use one of ${MEDIA.map((m) => `"${m}"`).join(', ')}`,
      { path: ['medium'] },
    );
  }
  assertFormat(format, ['format']);
  assertLocale(locale, ['locale']);
  const language = LANGUAGE[locale];

  let english: string;
  let translated: string;
  let wording: FormattedDisclaimer['wording'];
  let source: FormattedDisclaimer['source'];
  if (kind === 'designations') {
    if (medium !== 'publication') {
      throw new CiteError(
        'INVALID_OPTION',
        'the designations disclaimer is worded for publications; use medium "publication"',
        { path: ['medium'] },
      );
    }
    english = designationsText('en');
    translated = designationsText(language);
    wording = 'source';
    source = DESIGNATIONS_SOURCE;
  } else {
    const award = options.award;
    if (award === undefined || award === null || typeof award !== 'object') {
      throw new CiteError(
        'INVALID_INPUT',
        'expected the award, e.g. getAward("SSJTIP19CA0027") from @track4tip/core',
        { path: ['award'] },
      );
    }
    const number = typeof award.number === 'string' ? award.number.trim() : '';
    if (number === '' || /[\p{Cc}]/u.test(number)) {
      throw new CiteError(
        'INVALID_INPUT',
        'must be the award number exactly as printed on the award, e.g. "SSJTIP19CA0027"',
        { path: ['award', 'number'] },
      );
    }
    const funder = funderName(award, options.organizations);
    // English names the funder as the award's acknowledgement does ("the United States
    // Department of State"), or as recorded: no article is added to a name that takes none.
    const inText = typeof award.funderInText === 'string' ? award.funderInText : funder;
    english = fundingText('en', medium, inText, number);
    translated = fundingText(language, medium, funder, number);
    // Exactly as printed only where it is the press release's own statement: its medium, its
    // funder and its award; any other award's statement is the same wording, adapted.
    wording =
      medium === 'press-release' &&
      inText === PRESS_RELEASE_AWARD.funderInText &&
      number === PRESS_RELEASE_AWARD.number
        ? 'source'
        : 'adapted';
    source = PRESS_RELEASE_SOURCE;
  }
  const original = render(english, format, 'en');
  if (language === 'en') return { value: original, original, locale, wording, source };
  return {
    value: render(translated, format, language),
    original,
    locale,
    wording: 'unofficial-translation',
    notice: UNOFFICIAL_NOTICE[language],
    source,
  };
}
