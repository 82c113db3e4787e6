import type { QuoteRecordBody } from '../../../src/server/corpus-schemas.ts';
import type { Translate } from '../i18n/translate.ts';
import { speakerHref } from '../read-route.ts';

/** One stored statement: when, where, who, and what. */
export function QuoteItem({ t, quote, showSpeaker = true }: { readonly t: Translate; readonly quote: QuoteRecordBody; readonly showSpeaker?: boolean }) {
  return (
    <li class={`quote-item q-${quote.kind}`}>
      <div class="quote-meta">
        <span class="date">{quote.published?.slice(0, 10) ?? '—'}</span>
        {quote.outlet ? <span class="tag">{quote.outlet}</span> : null}
        {showSpeaker ? (
          quote.speakerName ? (
            <a class="speaker-name" href={speakerHref(quote.speakerName)}>
              {quote.speakerName}
            </a>
          ) : (
            <span class="muted">{t('common.unknownSpeaker')}</span>
          )
        ) : null}
        {quote.role ? <span class="speaker-role">{quote.role}</span> : null}
        <span class="muted">{t(quote.kind === 'direct' ? 'reader.direct' : 'reader.indirect')}{quote.cue ? ` · ${quote.cue}` : ''}</span>
      </div>
      <blockquote class="quote-content">
        <a href={`#/doc/${quote.documentId}?quote=${encodeURIComponent(quote.quoteId)}`}>{quote.content}</a>
      </blockquote>
      {quote.title ? <div class="muted small">{quote.title}</div> : null}
    </li>
  );
}
