import { useState } from 'preact/hooks';
import type { Analysis } from '../../../src/core/types.ts';
import type { Stored } from '../../../src/server/corpus-schemas.ts';
import { postJson } from '../call-api.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { readArticleFile } from '../read-article-file.ts';
import { speakerHref } from '../read-route.ts';
import { Reader } from '../reader/Reader.tsx';

interface AnalyzePageProps {
  readonly t: Translate;
  readonly locale: Locale;
  readonly allowWrite: boolean;
  readonly hasStore: boolean;
}

type Lang = 'auto' | 'nl' | 'en';

/** Paste or drop an article, choose language and date, read it in the reader, optionally store it. */
export function AnalyzePage({ t, locale, allowWrite, hasStore }: AnalyzePageProps) {
  const [text, setText] = useState('');
  const [lang, setLang] = useState<Lang>('auto');
  const [published, setPublished] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [stored, setStored] = useState<Stored | null>(null);

  const article = () => ({
    text,
    lang,
    meta: { ...(published ? { published } : {}), ...(title.trim() ? { title: title.trim() } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}) },
  });

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const read = await readArticleFile(file);
    if (!read) {
      setError(t('analyze.fileBad', { name: file.name }));
      return;
    }
    setText(read.text);
    if (read.title) setTitle(read.title);
    if (read.published) setPublished(read.published);
    if (read.outlet) setOutlet(read.outlet);
    setNote(t('analyze.fileRead', { name: file.name, chars: read.text.length }));
  };

  const run = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStored(null);
    try {
      setAnalysis(await postJson<Analysis>('/api/analyze', article()));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const store = async () => {
    setBusy(true);
    setError(null);
    try {
      setStored(await postJson<Stored>('/api/documents', article()));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="analyze">
      <h1>{t('analyze.heading')}</h1>
      <form class="analyze-form" onSubmit={run}>
        <label class="field wide">
          <span>{t('analyze.text')}</span>
          <textarea
            name="text"
            rows={10}
            value={text}
            placeholder={t('analyze.placeholder')}
            onInput={(event) => setText(event.currentTarget.value)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              void takeFile(event.dataTransfer?.files[0]);
            }}
          />
        </label>
        <div class="fields">
          <label class="field">
            <span>{t('analyze.file')}</span>
            <input type="file" name="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(event) => void takeFile(event.currentTarget.files?.[0])} />
          </label>
          <label class="field">
            <span>{t('analyze.lang')}</span>
            <select name="lang" value={lang} onChange={(event) => setLang(event.currentTarget.value as Lang)}>
              <option value="auto">{t('analyze.lang.auto')}</option>
              <option value="nl">{t('analyze.lang.nl')}</option>
              <option value="en">{t('analyze.lang.en')}</option>
            </select>
          </label>
          <label class="field">
            <span>{t('analyze.date')}</span>
            <input type="date" name="published" value={published} onInput={(event) => setPublished(event.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('analyze.title')}</span>
            <input type="text" name="title" value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('analyze.outlet')}</span>
            <input type="text" name="outlet" value={outlet} onInput={(event) => setOutlet(event.currentTarget.value)} />
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || text.trim() === ''}>
            {t('analyze.submit')}
          </button>
          {analysis && hasStore ? (
            <button type="button" onClick={() => void store()} disabled={busy || !allowWrite} title={allowWrite ? undefined : t('analyze.storeOff')}>
              {t('analyze.store')}
            </button>
          ) : null}
          {note ? <span class="muted">{note}</span> : null}
        </div>
      </form>
      {error ? <p class="error" role="alert">{t('common.error', { message: error })}</p> : null}
      {stored ? (
        <p class="ok" role="status">
          <a href={`#/doc/${stored.id}`}>{t(stored.inserted ? 'analyze.stored' : 'analyze.duplicate', { id: stored.id })}</a>
        </p>
      ) : null}
      {analysis ? <Reader analysis={analysis} t={t} locale={locale} speakerHref={hasStore ? (group) => (group.name ? speakerHref(group.name) : null) : undefined} /> : null}
    </section>
  );
}
