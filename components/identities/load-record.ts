import 'server-only';
// What the two record pages (/actors/:id, /places/:id) do before drawing: read the record, send a
// merged-away record's address on to its survivor (308), answer 404 for anything else, and list
// the merges into it; and the page's title.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { listMergesInto, mergedInto } from '@/db/queries/merges';
import type { Db } from '@/db/types';
import { idParamSchema } from '@/lib/validation/primitives';
import type { KindLabels } from './kinds';

type Get<T> = (a: { db: Db; id: number }) => Promise<T | null>;

export async function loadRecord<T extends { id: number }>(k: KindLabels, rawId: string, get: Get<T>) {
  const parsed = idParamSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const db = await getDb();
  const record = await get({ db, id: parsed.data });
  if (!record) {
    const survivor = await mergedInto({ db, kind: k.kind, id: parsed.data });
    if (survivor !== null) permanentRedirect(`${k.page}/${survivor}`);
    notFound();
  }
  return { record, merges: await listMergesInto({ db, kind: k.kind, id: record.id }) };
}

export async function recordMetadata<T extends { name: string }>(
  k: KindLabels,
  rawId: string,
  get: Get<T>,
): Promise<Metadata> {
  const parsed = idParamSchema.safeParse(rawId);
  const record = parsed.success ? await get({ db: await getDb(), id: parsed.data }) : null;
  return { title: `${record?.name ?? k.noun[0]!.toUpperCase() + k.noun.slice(1)} — Faultline` };
}
