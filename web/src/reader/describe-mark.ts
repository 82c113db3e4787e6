import type { Translate } from '../i18n/translate.ts';
import type { Mark } from './collect-marks.ts';
import type { SpeakerIndex } from './group-speakers.ts';

/** The CSS classes of a mark (see styles.css and the legend). */
export function markClasses(mark: Mark, speakers: SpeakerIndex): string {
  switch (mark.kind) {
    case 'quote':
      return `m-quote q-${mark.quoteKind} ${speakerClass(mark.speaker, speakers)}`;
    case 'speaker':
      return `m-speaker ${speakerClass(mark.speaker, speakers)}`;
    case 'cue':
      return 'm-cue';
    case 'entity':
      return `m-ent ent-${mark.type}`;
    case 'figure':
      return 'm-fig';
    case 'term':
      return `m-term term-${mark.termKind}`;
    case 'hedge':
      return `m-hedge hedge-${mark.hedgeKind}`;
    case 'time':
      return 'm-time';
  }
}

/** Colour class of a speaker: seven Okabe–Ito colours in turn, grey for an unknown source. */
export function speakerClass(index: number, speakers: SpeakerIndex): string {
  return speakers.groups[index]?.key === 'unknown' ? 's-unknown' : `s${index % 7}`;
}

/** The badge on a statement: the speaker's number in the panel, or "?" for an unknown source. */
export function speakerBadge(index: number, speakers: SpeakerIndex): string {
  return speakers.groups[index]?.key === 'unknown' ? '?' : String(index + 1);
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number as the interface language writes it; one formatter per language (building one is slow). */
function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 3 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/** The tooltip of a mark: what it is, and for a figure who claims it. */
export function markTitle(mark: Mark, speakers: SpeakerIndex, t: Translate, locale: string): string {
  switch (mark.kind) {
    case 'quote': {
      const group = speakers.groups[mark.speaker];
      return t('title.quote', {
        speaker: group?.name ?? t('common.unknownSpeaker'),
        role: group?.role ? ` (${group.role})` : '',
        kind: t(mark.quoteKind === 'direct' ? 'reader.direct' : 'reader.indirect'),
      });
    }
    case 'speaker':
      return t('title.speaker', { name: speakers.groups[mark.speaker]?.name ?? t('common.unknownSpeaker') });
    case 'cue':
      return t('title.cue');
    case 'entity':
      return t(`title.entity.${mark.type}`, { name: mark.name });
    case 'figure': {
      const value = mark.valueMax !== undefined ? `${formatNumber(mark.value, locale)}–${formatNumber(mark.valueMax, locale)}` : formatNumber(mark.value, locale);
      return t('title.figure', { value, unit: mark.unit ? ` ${mark.unit}` : '', claimant: mark.claimedBy ?? t('common.writer') });
    }
    case 'term':
      return t(`title.term.${mark.termKind}`);
    case 'hedge':
      return t(`title.hedge.${mark.hedgeKind}`);
    case 'time':
      return t('title.time', { value: mark.value ?? '?' });
  }
}
