import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, Quote } from '../../../src/core/types.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { collectMarks } from './collect-marks.ts';
import { speakerBadge, speakerClass } from './describe-mark.ts';
import { drawArticle, statementAnchorId } from './draw-article.ts';
import { groupSpeakers, type SpeakerGroup, type SpeakerIndex } from './group-speakers.ts';
import { Legend } from './Legend.tsx';
import { nestMarks } from './nest-marks.ts';

interface ReaderProps {
  readonly analysis: Analysis;
  readonly t: Translate;
  readonly locale: Locale;
  /** Link to a speaker's page in the corpus, when there is a corpus. */
  readonly speakerHref?: (group: SpeakerGroup) => string | null;
  /** The statement to select and scroll to when the article is drawn. */
  readonly initialQuote?: string | null;
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The article with its layers drawn from the offsets, the "who said what" panel and a legend. */
export function Reader({ analysis, t, locale, speakerHref, initialQuote = null }: ReaderProps) {
  const articleRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const speakers: SpeakerIndex = useMemo(() => groupSpeakers(analysis), [analysis]);
  const ordered: readonly Quote[] = useMemo(() => [...analysis.quotes].sort((a, b) => a.content.start - b.content.start), [analysis]);
  const [current, setCurrent] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (!articleRef.current) return;
    const blocks = nestMarks(analysis.text, analysis.paragraphs, collectMarks(analysis, speakers));
    drawArticle(articleRef.current, analysis.text, blocks, speakers, t, locale);
    performance.mark('zegsman:reader-drawn'); // read by scripts/bench-reader.ts
    setCurrent(initialQuote !== null && analysis.quotes.some((quote) => quote.id === initialQuote) ? initialQuote : null);
  }, [analysis, speakers, t, locale, initialQuote]);

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    for (const element of article.querySelectorAll('.current')) element.classList.remove('current');
    if (current === null) return;
    for (const element of article.querySelectorAll(`[data-quote="${CSS.escape(current)}"]`)) element.classList.add('current');
    const anchor = article.ownerDocument.getElementById(statementAnchorId(current));
    anchor?.scrollIntoView({ block: 'center', behavior: 'auto' });
    anchor?.focus({ preventScroll: true });
  }, [current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || ordered.length === 0) return;
      const inReader = rootRef.current?.contains(document.activeElement) === true;
      const next = event.key === 'j' || (inReader && event.key === 'ArrowDown');
      const previous = event.key === 'k' || (inReader && event.key === 'ArrowUp');
      if (!next && !previous) return;
      event.preventDefault();
      setCurrent((now) => {
        const at = now === null ? -1 : ordered.findIndex((quote) => quote.id === now);
        const to = next ? Math.min(ordered.length - 1, at + 1) : Math.max(0, at === -1 ? 0 : at - 1);
        return ordered[to].id;
      });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ordered]);

  const onArticleClick = (event: MouseEvent) => {
    const quote = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-quote]');
    if (quote?.dataset.quote) setCurrent(quote.dataset.quote);
  };

  const { meta } = analysis;
  return (
    <div class="reader" ref={rootRef}>
      <article class="reader-article">
        {meta.title ? <h2 class="doc-title">{meta.title}</h2> : null}
        <p class="doc-meta">
          {[meta.outlet, meta.published?.slice(0, 10), meta.author, analysis.lang.toUpperCase()].filter(Boolean).join(' · ')}
        </p>
        <p class="doc-layers">
          {t('reader.layers', { quotes: analysis.quotes.length, entities: analysis.mentions.length, figures: analysis.quantities.length, terms: analysis.quotedTerms.length, hedges: analysis.hedges.length })}
        </p>
        <div class="article-text" ref={articleRef} lang={analysis.lang} onClick={onArticleClick} />
      </article>
      <aside class="reader-side">
        <section class="panel" aria-labelledby="panel-heading">
          <h2 id="panel-heading">{t('reader.panel')}</h2>
          {speakers.groups.length === 0 ? <p class="muted">{t('reader.noQuotes')}</p> : null}
          <ol class="speakers">
            {speakers.groups.map((group) => {
              const href = speakerHref?.(group) ?? null;
              const name = group.name ?? t('common.unknownSpeaker');
              return (
                <li class="speaker" key={group.key} data-speaker={group.key}>
                  <div class="speaker-head">
                    <span class={`badge ${speakerClass(group.index, speakers)}`} aria-hidden="true">{speakerBadge(group.index, speakers)}</span>
                    {href ? <a class="speaker-name" href={href} title={t('reader.openSpeaker')}>{name}</a> : <span class="speaker-name">{name}</span>}
                    {group.role ? <span class="speaker-role">{group.role}</span> : null}
                    <span class="speaker-count">{group.quotes.length === 1 ? t('common.statement') : t('common.statements', { count: group.quotes.length })}</span>
                  </div>
                  <ul class="statements">
                    {group.quotes.map((quote) => (
                      <li key={quote.id}>
                        <button type="button" class={`statement${quote.id === current ? ' current' : ''}`} data-quote={quote.id} onClick={() => setCurrent(quote.id)} aria-current={quote.id === current ? 'true' : undefined}>
                          <span class="statement-kind">{quote.kind === 'direct' ? '“ ”' : '≈'}</span> {shorten(quote.content.text)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          <p class="muted keys">{t('reader.keys')}</p>
        </section>
        <Legend t={t} />
      </aside>
    </div>
  );
}
