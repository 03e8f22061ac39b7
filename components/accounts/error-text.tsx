// A failed request's message, announced: the API's per-field messages when it gave them.
import { asApiError } from '@/lib/query/fetch-json';

export function errorMessage(error: Error | null): string | null {
  if (!error) return null;
  const fields = asApiError(error).errors;
  return fields?.length ? fields.map((f) => f.message).join('; ') : error.message;
}

export function ErrorText({ error, inline = false }: { error: Error | null; inline?: boolean }) {
  const message = errorMessage(error);
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className="field-error" role="alert">
      {message}
    </Tag>
  );
}
