import 'server-only';
// The sources of a merged event, moved to its survivor: each once (lib/merge/sources.ts says when two
// citations are one source). A source cited by both keeps the survivor's quote and adds the merged
// event's when it differs, so no quote is lost.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { joinQuotes, sameSource } from '@/lib/merge/sources';

type Cited = {
  source_id: number;
  quote: string;
  span_start: number | null;
  span_end: number | null;
  url: string | null;
  publisher: string;
  title: string | null;
};

const citations = (tx: DbOrTx, eventId: number) =>
  rows<Cited>(
    tx as Db,
    sql`select es.source_id, es.quote, es.span_start, es.span_end, s.url, s.publisher, s.title
    from event_sources es join sources s on s.id = es.source_id
    where es.event_id = ${eventId} order by es.position, s.id`,
  );

const key = (c: Cited) => ({ id: c.source_id, url: c.url, publisher: c.publisher, title: c.title });

export async function moveSources(tx: DbOrTx, { from, to }: { from: number; to: number }): Promise<void> {
  const kept = await citations(tx, to);
  const moving = await citations(tx, from);
  const [{ next }] = (await rows<{ next: number }>(
    tx as Db,
    sql`select coalesce(max(position) + 1, 0)::int as next from event_sources where event_id = ${to}`,
  )) as [{ next: number }];
  let position = next;
  for (const m of moving) {
    const same = kept.find((k) => sameSource(key(k), key(m)));
    if (same) {
      const quote = joinQuotes(same.quote, m.quote);
      const spans = same.quote ? [same.span_start, same.span_end] : [m.span_start, m.span_end];
      if (quote !== same.quote)
        await tx.execute(sql`update event_sources set quote = ${quote}, span_start = ${spans[0]}, span_end = ${spans[1]}
          where event_id = ${to} and source_id = ${same.source_id}`);
      same.quote = quote;
      continue;
    }
    await tx.execute(sql`
      insert into event_sources (event_id, source_id, quote, position, span_start, span_end)
      values (${to}, ${m.source_id}, ${m.quote}, ${position++}, ${m.span_start}, ${m.span_end})`);
    kept.push(m);
  }
  await tx.execute(sql`delete from event_sources where event_id = ${from}`);
}
