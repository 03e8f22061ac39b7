'use client';
// Where the article comes from: its publication date (which resolves relative dates), publisher,
// address and title, with the event form's labelled fields.
import { controlProps, Field, type Errors } from '@/components/event-form/field';
import type { ArticleMeta } from '@/lib/forms/proposal';

export function ArticleSourceFields({
  id,
  meta,
  setMeta,
  errors,
}: {
  id: string;
  meta: ArticleMeta;
  setMeta: React.Dispatch<React.SetStateAction<ArticleMeta>>;
  errors: Errors;
}) {
  const set = (key: 'publishedAt' | 'publisher' | 'url' | 'title') => (e: React.ChangeEvent<HTMLInputElement>) =>
    setMeta((m) => ({ ...m, [key]: e.target.value }));
  return (
    <>
      <div className="filters">
        <Field
          id={`${id}-published`}
          label="Published"
          param="publishedAt"
          errors={errors}
          hint="Resolves “yesterday”, “last year”, “on Friday”"
        >
          <input
            {...controlProps(`${id}-published`, errors, 'publishedAt', { hint: true })}
            type="date"
            value={meta.publishedAt}
            onChange={set('publishedAt')}
          />
        </Field>
        <Field id={`${id}-publisher`} label="Publisher" param="publisher" errors={errors}>
          <input
            {...controlProps(`${id}-publisher`, errors, 'publisher')}
            value={meta.publisher}
            onChange={set('publisher')}
          />
        </Field>
        <Field id={`${id}-url`} label="URL" param="url" errors={errors} className="wide-field">
          <input
            {...controlProps(`${id}-url`, errors, 'url')}
            type="url"
            inputMode="url"
            placeholder="https://…"
            value={meta.url}
            onChange={set('url')}
          />
        </Field>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Article title</label>
        <input id={`${id}-title`} value={meta.title} onChange={set('title')} />
      </div>
    </>
  );
}
