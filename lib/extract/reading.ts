// The state the extraction pipeline (extract.ts) keeps while it reads an article sentence by sentence, and
// the mentions it makes: shared by its stages (dating.ts reads the reading and the clause; extract.ts writes
// them).
import type { EventStatus } from '@/lib/taxonomy/taxonomy';
import type { EventDate } from './dates';
import type { Family } from './lexicon';
import type { Tx } from './timexes';
import type { Hit, Trace } from './triggers';
import type { Section } from './sections';
import type { NameIndex, NameHit } from './registry';
import type { Sentence } from './segment';
import type { Registry } from './types';
import type { SentenceContext } from './learned-features';

export type DateSource = 'own' | 'sentence' | 'list' | 'deadline' | 'vague' | 'reference' | 'paragraph' | 'none';

export interface Mention {
  sentence: Sentence;
  hits: Hit[];
  family: Family;
  subType: string;
  date: EventDate | null;
  dateSource: DateSource;
  dateText: string | null;
  /** Dated only by a date in force told too far back: merged by that date, proposed undated. */
  stale?: boolean;
  status: EventStatus;
  /** Who asserts it, when `status` is claimed ("Armenia's Defence Ministry"). */
  claimant: string | null;
  /** The sentence's date expressions, as offsets into it: a title leaves out the one it opens with. */
  dates: [number, number][];
  actors: string[];
  location: string | null;
  salience: number;
  order: number;
  /** Told by a signing ("signed", "initialled"): a document, kept apart from the meeting it was signed at. */
  signing?: boolean;
}

export interface Anchor {
  head: string;
  word?: string;
  date: EventDate;
  dateText: string | null;
  location: string | null;
  actors: string[];
}

/**
 * The events told so far that later sentences may refer back to, by kind, word and place: the
 * latest that fits is a lookup, where a search back through all of them made long articles quadratic.
 */
export class Anchors {
  private readonly latest = new Map<string, Anchor>();
  private static key = (head: string, word: string | null, place: string | null) => JSON.stringify([head, word, place]);

  add(a: Anchor) {
    for (const word of [a.word ?? null, null])
      for (const place of [a.location, null]) this.latest.set(Anchors.key(a.head, word, place), a);
  }

  /** The last told of kind `head`, in `place` when given: with the same word if any, else with any word. */
  find(head: string, word: string, place: string | null): Anchor | null {
    return this.latest.get(Anchors.key(head, word, place)) ?? this.latest.get(Anchors.key(head, null, place)) ?? null;
  }
}

/** The date in force, and the number of the last sentence that told or used it. */
export type Narrative = { date: EventDate; text: string; anchor: Anchor | null; at: number };

/** The article as its sentences are read in order: what holds throughout, and what has been told so far. */
export interface Reading {
  text: string;
  published: string | null;
  registry: Registry;
  index: NameIndex;
  allTx: Tx[];
  allNames: NameHit[];
  personNames: Set<string>;
  /** Events told so far, for a later "the talks" to refer back to. */
  anchors: Anchors;
  /** The date told last: it stays in force across paragraphs until a section heading. */
  narrative: Narrative | null;
  /** How many sentences have been read: how far back the date in force was told. */
  sentenceNo: number;
  /** In a chronology, the date of the heading or list item the sentence is under. */
  section: Section | null;
  mentions: Mention[];
  order: number;
  trace?: Trace;
  /** What the rules made of each sentence, for the learned stage; the names of the rules that set words aside. */
  contexts: SentenceContext[];
  dropped: string[];
}

/** One sentence with triggers: its dates, sorted by what each may date. */
export interface Clause {
  s: Sentence;
  quoted: [number, number][];
  txs: Tx[];
  names: NameHit[];
  hits: Hit[];
  /** Dates bound to one trigger: "last year's war", "the November 26 talks". */
  bound: Map<Hit, Tx>;
  free: Tx[];
  listDate: Tx | undefined;
  explicitFree: Tx[];
  /** When the sentence dates what happened, the date it was reported on dates only the report. */
  happened: Tx[];
  vagueFree: Tx[];
  deadlines: Tx[];
  durations: Tx[];
  reference: Anchor | null;
  referenceHit: Hit | null;
  datedNouns: Map<Hit, Tx>;
  hasVerb: boolean;
}
