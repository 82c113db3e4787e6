import type { Analysis, Quote } from '../core/types.ts';
import { parsePersonName, personKey } from './parse-person-name.ts';

/**
 * The person key of a quote's speaker, so that `quotes --speaker Shoigu` finds "Sergej
 * Sjojgoe": the key of its entity when that is a person with a key, else the key of the
 * speaker's name when it reads as a person's name; null otherwise ("de werkgevers").
 */
export function speakerKeyOf(analysis: Analysis, quote: Quote): string | null {
  if (quote.speakerEntity !== null) {
    const entity = analysis.entities.find((e) => e.id === quote.speakerEntity);
    if (entity !== undefined && entity.type === 'PER' && entity.key !== undefined && entity.key !== '') return entity.key;
  }
  if (quote.speakerName === null) return null;
  const name = parsePersonName(quote.speakerName);
  return name === null ? null : personKey(name.surnameKey, name.given);
}
