// Why the extractor missed a gold event: the names of the rules that set aside a word of its
// evidence (extract.ts reports them through its trace), else whether a proposal covered the evidence
// but went to another gold event or never had a trigger word at all. Only for the development and
// tuning sets: the held-back set is scored, never read.
import { loadSet, type EvalSet } from './corpus';
import { score, type GoldEvent } from './evaluate';
import { extractEvents } from './extract';
import { NameIndex } from './registry';
import { seedRegistry } from './seed-registry';

export interface Miss {
  article: string;
  gold: GoldEvent;
  /** Rule names, most frequent first: `no-trigger` when no word of the evidence was a trigger. */
  rules: string[];
  evidence: string;
}

export function missesOf(set: Exclude<EvalSet, 'held-back'>): Miss[] {
  const registry = seedRegistry();
  const index = new NameIndex(registry);
  const out: Miss[] = [];
  for (const article of loadSet(set)) {
    const traced: { rule: string; start: number; end: number }[] = [];
    const proposals = extractEvents(article.text, {
      registry,
      index,
      publishedAt: article.publishedAt,
      trace: (rule, start, end) => traced.push({ rule, start, end }),
    });
    const s = score(article.text, article.events, proposals);
    for (const gold of s.missed) {
      const evidence = (Array.isArray(gold.evidence) ? gold.evidence : [gold.evidence]).map((e) => {
        const at = article.text.indexOf(e);
        return { start: at, end: at + e.length };
      });
      const hit = (a: { start: number; end: number }) => evidence.some((e) => a.start < e.end && e.start < a.end);
      const counts = new Map<string, number>();
      for (const t of traced) if (hit(t)) counts.set(t.rule, (counts.get(t.rule) ?? 0) + 1);
      if (proposals.some((p) => hit({ start: p.span[0], end: p.span[1] })))
        counts.set('proposal-went-to-another-gold', 99);
      const rules = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
      out.push({
        article: article.name,
        gold,
        rules: rules.length ? rules : ['no-trigger'],
        evidence: Array.isArray(gold.evidence) ? gold.evidence[0]! : gold.evidence,
      });
    }
  }
  return out;
}
