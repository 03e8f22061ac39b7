// COPY ... FROM STDIN on both engines, inside one transaction: the fastest way to write many rows.
// PGlite takes the rows as a blob; a server takes them as a stream on one pooled connection.
// Bulk loads (bulk.ts) and imports (import-bulk.ts) write through this, by way of the database
// handle's copyTransaction and bulkSession (client.ts), which pick the engine's way.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyRows } from '../types';

type Field = string | number | boolean | null | undefined;

const SPECIAL = /[\\\t\n\r]/;
const EVERY_SPECIAL = new RegExp(SPECIAL.source, 'g');
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A field in COPY's text format: NULL is \N; a backslash, tab, newline or carriage return is
 * escaped, nothing else. Unlike CSV, quotes pass as they are, so JSON goes in almost untouched.
 */
export function copyField(value: Field): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return SPECIAL.test(value) ? value.replace(EVERY_SPECIAL, (c) => ESCAPES[c]!) : value;
}

export const copyLine = (fields: Field[]) => fields.map(copyField).join('\t');

const copyStatement = (table: string, columns: string[], from: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${from}`;

export function pgliteCopy(tx: Pick<PGlite, 'query'>): CopyRows {
  return async (table, columns, lines) => {
    if (!lines.length) return;
    await tx.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([lines.join('\n') + '\n']) });
  };
}

export function serverCopy(client: pg.PoolClient): CopyRows {
  return async (table, columns, lines) => {
    if (!lines.length) return;
    await pipeline(
      Readable.from([lines.join('\n') + '\n']),
      client.query(copyFrom(copyStatement(table, columns, 'STDIN'))),
    );
  };
}
