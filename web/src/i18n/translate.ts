import en from './en.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

export type Locale = 'nl' | 'en';
export type MessageKey = Exclude<keyof typeof en, '_source'>;

const catalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { nl, en };

/** The interface language: Dutch when the browser prefers Dutch (or Flemish), else English; `?ui=nl|en` overrides. */
export function chooseLocale(languages: readonly string[], override: string | null): Locale {
  if (override === 'nl' || override === 'en') return override;
  for (const language of languages) {
    const code = language.toLowerCase().slice(0, 2);
    if (code === 'nl') return 'nl';
    if (code === 'en') return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for one locale: fills `{name}` placeholders from `vars`. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, vars) => {
    const template = catalogue[key] ?? en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
  };
}
