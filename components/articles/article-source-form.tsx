'use client';
// The article before review: its text (pasted or uploaded), its publication date and its source.
// Checked with the same schemas as the server before any request; then the suggestions are asked for.
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useState } from 'react';
import { controlProps, Field, type Errors } from '@/components/event-form/field';
import { MAX_ARTICLE_CHARS, extractRequestSchema, type ExtractedEvent } from '@/lib/extract/types';
import type { ArticleMeta } from '@/lib/forms/proposal';
import { sendJson } from '@/lib/query/fetch-json';
import { articleInputSchema } from '@/lib/validation/article';
import { ArticleSourceFields } from './article-source-fields';
import { articleTextOf, readArticleFile } from './read-article-file';

type SuggestRequest = { text: string; publishedAt: string | null; conflict?: string };

/** What to fix before the text is read, by the extraction's and the stored article's schemas: one message a field. */
function problemsOf(body: SuggestRequest, meta: ArticleMeta): Errors {
  const checked = extractRequestSchema.safeParse(body);
  const source = articleInputSchema.safeParse({ ...body, publisher: meta.publisher, url: meta.url, title: meta.title });
  const problems: Errors = {};
  for (const i of [...(checked.error?.issues ?? []), ...(source.error?.issues ?? [])])
    problems[String(i.path[0] ?? 'text')] ??= i.message;
  return problems;
}

export function ArticleSourceForm({
  conflict,
  text,
  setText,
  meta,
  setMeta,
  say,
  onSuggested,
}: {
  conflict?: string;
  text: string;
  setText: (text: string) => void;
  meta: ArticleMeta;
  setMeta: React.Dispatch<React.SetStateAction<ArticleMeta>>;
  say: (message: string) => void;
  onSuggested: (text: string, proposals: ExtractedEvent[]) => void;
}) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const suggesting = useMutation({
    mutationFn: (body: SuggestRequest) => sendJson<ExtractedEvent[]>('/api/extract', 'POST', body),
    onSuccess: (proposals, body) => onSuggested(body.text, proposals),
    onError: (err) => say(`Suggestions could not be made: ${err.message}`),
  });
  const busy = suggesting.isPending;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if ('refused' in read) return say(read.refused);
    setText(read.text);
    if (read.title && !meta.title) setMeta((m) => ({ ...m, title: read.title! }));
    say(read.message);
  };

  const suggest = (ev: React.FormEvent) => {
    ev.preventDefault();
    const body = { text: articleTextOf(text), publishedAt: meta.publishedAt || null, conflict };
    const problems = problemsOf(body, meta);
    setErrors(problems);
    if (Object.keys(problems).length)
      return say(
        `${Object.keys(problems).length === 1 ? 'One field needs' : 'Some fields need'} attention: ` +
          Object.values(problems).join('; '),
      );
    suggesting.mutate(body);
  };

  return (
    <form className="widget event-form" onSubmit={suggest} noValidate aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>Events from an article</h1>
      <p className="note">
        Paste an article or upload it (.txt or .html, up to {MAX_ARTICLE_CHARS.toLocaleString('en')} characters).
        Faultline suggests the dated events it tells, each tied to its sentence; you accept, edit, merge or reject each
        one. Nothing is stored until you do.
      </p>
      <Field id={`${id}-text`} label="Article text" param="text" errors={errors}>
        <textarea
          {...controlProps(`${id}-text`, errors, 'text')}
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="field">
        <label htmlFor={`${id}-file`}>Or upload a file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.text,.html,.htm,text/plain,text/html"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <ArticleSourceFields id={id} meta={meta} setMeta={setMeta} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Reading…' : 'Suggest events'}
        </button>
        <Link href="/articles">Stored articles</Link>
      </div>
    </form>
  );
}
