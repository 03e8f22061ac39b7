// What happened, by the words news uses for it: each trigger maps to a Faultline sub-type (the
// taxonomy's slugs). A verb trigger is a reported occurrence; a noun trigger names an event that
// may be the sentence's subject ("The war ended…") or only a reference to one told elsewhere.

import { alt, anyOf } from '@/lib/temporal/pattern';

export type Family = 'diplomacy' | 'violence' | 'territory' | 'protest' | 'development';
export interface Trigger {
  re: RegExp;
  subType: string;
  family: Family;
  kind: 'verb' | 'noun';
  head?: string;
  /** A consequence ("killed") that belongs to the violent event beside it, or stands alone only when dated. */
  outcome?: boolean;
  /** Counts only after a person of the registry ("Pashinyan said"). */
  personSubject?: boolean;
  /** Counts only after who speaks: a registry actor or an official body ("the ministry accused…"). */
  speakerSubject?: boolean;
  /** What must follow, case-sensitively ("took Shusha", not "took hold"). */
  next?: RegExp;
}

const verb = (src: string, subType: string, family: Family, head?: string): Trigger => ({
  re: new RegExp(`\\b(?:${src})\\b`, 'gi'),
  subType,
  family,
  kind: 'verb',
  head,
});
const noun = (src: string, subType: string, family: Family, head: string): Trigger => ({
  re: new RegExp(`\\b(?:${src})\\b`, 'gi'),
  subType,
  family,
  kind: 'noun',
  head,
});

/**
 * Every form of a regular verb: "block" → block, blocks, blocked, blocking. Irregular forms are listed as they
 * are.
 */
function forms(...lemmas: string[]): string {
  return lemmas
    .map((l) => {
      if (l.includes('|') || l.includes('(')) return l;
      const stem = l.endsWith('e') ? l.slice(0, -1) : l;
      const s = /(?:s|sh|ch|x)$/.test(l) ? `${l}es` : `${l}s`;
      return `${l}|${s}|${stem}ed|${stem}ing`;
    })
    .join('|');
}

/** Ordered: where two triggers overlap, the longer wins, then the earlier in this list. */
export const TRIGGERS: Trigger[] = [
  // Diplomacy.
  verb(
    alt(
      `${anyOf('met', 'meets', 'meet', 'meeting')} (?:with )?` +
        `(?=${alt('[A-Z]', 'his', 'her', 'their', 'the', 'leaders', 'in', 'on', 'at', 'for')})`,
      `${anyOf('held', 'hold', 'holds', 'holding')} (?:a |bilateral |trilateral |direct )?` +
        anyOf('talks', 'meeting', 'summit', 'phone call', 'call'),
      `${anyOf('brought', 'bring', 'brings', 'bringing')} together`,
      forms('visit'),
      'sat down with',
      String.raw`met(?=[.,;])`,
      String.raw`(?:spoke|speaks|talked|talks) (?:by (?:tele)?phone )?with(?= [A-Z])`,
    ),
    'summit-or-meeting',
    'diplomacy',
    'meeting',
  ),
  {
    ...verb(forms('host', 'receive', 'welcome'), 'summit-or-meeting', 'diplomacy', 'meeting'),
    next: new RegExp(
      `^ ${anyOf(
        '[A-Z]',
        'the (?:two |three )?' +
          anyOf('leaders', 'presidents?', 'prime ministers?', 'delegations?', 'foreign ministers?') +
          '\\b',
        '(?:his|her|their) (?:counterparts?|guests?)\\b',
      )}`,
    ),
  },
  noun(
    'summit|meeting|talks|visit|(?:tele)?phone (?:call|conversations?)|telephone talks',
    'summit-or-meeting',
    'diplomacy',
    'meeting',
  ),
  verb(
    alt(
      forms('negotiate', 'mediate', 'propose'),
      'resumed (?:peace )?talks',
      `presented (?:a |the |their )?(?:peace |draft )?${anyOf('plan', 'proposals?', 'principles', 'draft', 'text')}`,
      'put forward',
    ),
    'negotiation',
    'diplomacy',
    'negotiation',
  ),
  noun('negotiations|peace process|round of talks', 'negotiation', 'diplomacy', 'negotiation'),
  verb(
    alt(
      forms('agree', 'sign', 'initial', 'broker'),
      'initialled',
      'initialling',
      `reached (?:an? |the )?${anyOf('agreement', 'deal', 'ceasefire', 'truce', 'accord')}`,
      'declared a (?:ceasefire|truce)',
    ),
    'agreement-or-ceasefire',
    'diplomacy',
    'agreement',
  ),
  noun(
    alt(
      '(?:peace |ceasefire |framework )?(?:deal|agreement|accord|treaty)',
      'ceasefire',
      'cease-fire',
      'truce',
      'armistice',
      '(?:joint |peace )?declaration',
      'protocol',
    ),
    'agreement-or-ceasefire',
    'diplomacy',
    'agreement',
  ),
  verb(
    forms(
      'announce',
      'condemn',
      'recognise',
      'recognize',
      'warn',
      'demand',
      'urge',
      'appeal',
      'vote',
      'rule',
      'order',
    ) + '|declared|declares|called (?:for|on)|calls (?:for|on)|asked|asks|issued a (?:joint )?statement',
    'statement',
    'diplomacy',
    'statement',
  ),
  noun('communiqu[eé]|joint statement|resolution|ruling', 'statement', 'diplomacy', 'statement'),
  verb(
    alt(
      anyOf('create', 'set up', 'establish', 'form', 'created', 'established', 'formed', 'launch', 'launched') +
        `(?: \\w+){0,3} ${anyOf('mechanisms?', 'commissions?', 'working groups?')}` +
        '(?: for (?:the )?(?:delimitation|demarcation))?',
      forms('delimit', 'demarcate'),
    ),
    'commission',
    'diplomacy',
    'commission',
  ),
  noun(
    alt(
      '(?:border |delimitation |demarcation )commissions?',
      'commissions on border delimitation',
      'delimitation and demarcation',
      'delimitation',
      'demarcation',
    ),
    'commission',
    'diplomacy',
    'commission',
  ),
  // Violence.
  verb(
    alt(
      forms('clash', 'storm', 'ambush'),
      'fought',
      'fighting broke out',
      'exchanged fire',
      '(?:attacked|attack|attacks) (?:\\w+ ){0,2}positions',
      '(?:launched|launches|launch) (?:an? |its |their )?(?:\\w+ )?' +
        anyOf('offensive', 'attack', 'assault', 'operation'),
      'crossed into',
      'advanced into',
      'broke out',
      'erupted',
      'opened fire',
      'open fire',
      String.raw`fired (?:\w+ ){0,3}(?:on|at|in the direction of|towards?)`,
      String.raw`(?:violated|violates|breached|broke) (?:the |a )?(?:ceasefire|truce|cease-fire)`,
      String.raw`(?:kept up|keeps up|keep up) (?:\w+ ){0,2}fire`,
    ),
    'armed-clash',
    'violence',
    'war',
  ),
  noun(
    alt(
      'war',
      'clashes',
      'clash',
      'fighting',
      'hostilities',
      'skirmish(?:es)?',
      'offensive',
      'battle',
      'firefight',
      'incidents',
      'border incident',
      'escalation',
      'exchange of fire',
      'incursion',
      '(?:anti-terror(?:ist)?|counter-terror(?:ism|ist)?) (?:measures|operation)',
      'ceasefire violations?',
    ),
    'armed-clash',
    'violence',
    'war',
  ),
  verb(
    forms('shell', 'bombard') +
      '|fired (?:\\w+ ){0,2}(?:artillery|rockets|missiles|mortars|shells)|struck with (?:artillery|rockets|missiles)',
    'shelling-artillery-missile-attack',
    'violence',
    'shelling',
  ),
  noun(
    'shelling|artillery (?:fire|strikes?|attack)|rocket (?:fire|attack)|missile (?:strikes?|attack)|bombardment',
    'shelling-artillery-missile-attack',
    'violence',
    'shelling',
  ),
  verb(
    '(?:drones?|aircraft|jets?)(?: and \\w+)? (?:had |have )?(?:struck|hit|attacked|destroyed|strike)',
    'air-drone-strike',
    'violence',
    'strike',
  ),
  noun('drone strikes?|air ?strikes?|drone attacks?', 'air-drone-strike', 'violence', 'strike'),
  noun(
    '(?:land)?mine (?:blast|explosion)|landmine|explosive device',
    'remote-explosive-landmine-ied',
    'violence',
    'mine',
  ),
  noun('massacre|pogrom', 'attack', 'violence', 'massacre'),
  { ...verb('killed|wounded|injured', 'attack', 'violence', undefined), outcome: true },
  // Territory.
  verb(
    alt(
      anyOf(
        'regained',
        'retook',
        'retaken',
        'recaptured',
        'reclaimed?',
        'reclaiming',
        'liberated',
        'took back',
        'taken back',
        'won back',
      ) + ' ',
      anyOf(
        'gain',
        'gained',
        'regain',
        'regained',
        'took',
        'take',
        'taken',
        'retake',
        'retook',
        'seize',
        'seized',
        'capture',
        'captured',
      ) + ' control',
      'took the rest',
    ),
    'government-regains-territory',
    'territory',
    'control',
  ),
  {
    ...verb(
      'took|taken|captured?|captures|seized|occupied|overran',
      'government-regains-territory',
      'territory',
      'control',
    ),
    next: new RegExp(
      `^ ${anyOf(
        '[A-Z]',
        '(?:the |several |dozens of |new |a number of |\\d+ |' +
          anyOf('two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten') +
          ' )?(?:(?:strategic|strategically|important|key|Armenian|Azerbaijani|border|more) ){0,2}' +
          anyOf(
            'towns?',
            'city',
            'cities',
            'villages?',
            'districts?',
            'regions?',
            'heights',
            'positions',
            'territory',
            'land',
            'areas?',
            'rest',
          ) +
          '\\b',
        'several\\b',
        'most\\b',
      )}`,
    ),
  },
  {
    ...verb(
      forms('install', 'open', 'erect', 'establish') + '|set up|sets up|built|builds',
      'headquarters-or-base-established',
      'development',
      'deployment',
    ),
    next: new RegExp(
      '^ (?:(?:a|an|the|its|their) )?(?:new |permanent |temporary |joint )?' +
        anyOf(
          'checkpoints?',
          'bases?',
          'posts?',
          'outposts?',
          'border posts?',
          'monitoring (?:centres?|centers?|missions?)',
          'missions?',
          'camps?',
        ) +
        '\\b',
    ),
  },
  verb(
    alt(
      'handed over',
      'hands over',
      'returned to Azerbaijan',
      'returned to Armenia',
      String.raw`(?:handed|hand|hands|be handed) back`,
      '(?:return|returns) to (?:Azerbaijani|Armenian) control',
    ),
    'non-violent-transfer-of-territory',
    'territory',
    'handover',
  ),
  noun('handover', 'non-violent-transfer-of-territory', 'territory', 'handover'),
  // Protests.
  verb(
    forms('protest', 'rally', 'march', 'demonstrate') + '|rallied|rallies',
    'peaceful-protest',
    'protest',
    'protest',
  ),
  noun('protests?|rally|rallies|demonstrations?', 'peaceful-protest', 'protest', 'protest'),
  // Strategic developments.
  verb(
    alt(
      forms('deploy', 'station'),
      `${anyOf('peacekeepers', 'troops', 'monitors', 'soldiers', 'forces')} (?:arrived|began arriving|moved in)`,
      '(?:set|sets) up (?:a |an )?(?:checkpoint|base|post|monitoring)',
      '(?:established|establishes) (?:a |an )?(?:checkpoint|base|post|mission)',
    ),
    'headquarters-or-base-established',
    'development',
    'deployment',
  ),
  noun('deployment', 'headquarters-or-base-established', 'development', 'deployment'),
  verb(
    forms('block', 'blockade') + '|closed (?:the )?(?:road|corridor|border)',
    'change-to-group-activity',
    'development',
    'blockade',
  ),
  noun('blockade', 'change-to-group-activity', 'development', 'blockade'),
  verb(forms('arrest', 'detain'), 'arrests', 'development', 'arrest'),
  verb(
    alt(
      String.raw`(?:taken|took|were taken|was taken) (?:as )?(?:prisoners?|captive|hostages?)`,
      String.raw`captured (?:\w+ ){0,2}(?:soldiers|servicemen|troops|fighters|people|civilians)`,
      String.raw`\d+ (?:were )?captured`,
    ),
    'abduction-forced-disappearance',
    'violence',
    'capture',
  ),
  verb(
    alt(
      String.raw`(?:released|freed|returned|handed (?:over|back)|repatriated) (?:\w+ ){0,3}` +
        anyOf('prisoners', 'POWs', 'captives', 'detainees', 'servicemen', 'soldiers', 'bodies'),
      String.raw`(?:cut off|cuts off|halted|halts|suspended|restored) (?:\w+ ){0,2}` +
        anyOf('gas', 'gas supply', 'electricity', 'movement', 'traffic', 'supplies'),
    ),
    'other',
    'development',
    'other',
  ),
  noun('prisoner exchange|exchange of (?:prisoners|bodies|POWs)', 'other', 'development', 'other'),
  verb(
    alt(
      forms('resign', 'mobilise', 'mobilize', 'evacuate', 'withdraw', 'proclaim', 'dissolve'),
      'withdrew',
      'withdrawn',
      '(?:begun|began|begin|begins) to withdraw',
      'pulled out',
      'was elected',
      'were elected',
      'fled',
      'declared martial law',
      'declare martial law',
      `${anyOf('families', 'refugees', 'civilians', 'residents', 'Armenians')}(?: [\\w-]+){0,4} (?:crossed|cross) into`,
      'signs a decree',
      'signed a decree',
    ),
    'change-to-group-activity',
    'development',
    'change',
  ),
  noun(
    'exodus|evacuation|mobili[sz]ation|martial law|resignation|withdrawal|dissolution',
    'change-to-group-activity',
    'development',
    'change',
  ),
  // Statements by a person the registry knows: "Pashinyan said", "Aliyev told reporters".
  { ...verb('said|says|told|stated', 'statement', 'diplomacy', 'statement'), personSubject: true },
  // What an official side asserts is news of its own beside what it asserts: "the ministry accused Azerbaijan of
  // shelling…", "Baku denied it", "Azerbaijan confirmed the ceasefire".
  {
    ...verb(
      alt(
        'accused|accuses|denied|denies|rejected|rejects|confirmed|confirms|acknowledged|acknowledges|reported',
        String.raw`charged(?= \S+ (?:\S+ )?with\b)`,
      ),
      'statement',
      'diplomacy',
      'statement',
    ),
    speakerSubject: true,
  },
];

/**
 * An agreement is told apart from a ceasefire by its words, as the corpus's annotators did (ACLED's *Agreement* is a
 * strategic development): "signed a peace declaration" is an `agreement`, "agreed to a ceasefire" an
 * `agreement-or-ceasefire`. A sentence that names neither kind keeps the rules' sub-type.
 */
const CEASEFIRE_WORDS =
  /\b(?:cease-?fires?|truces?|armistice|cessation of (?:hostilities|fire)|halt(?:ed)? (?:the )?fighting)\b/i;
const AGREEMENT_WORDS = new RegExp(
  String.raw`\b(?:peace (?:agreement|deal|treaty|accord)|treaty|declarations?|accords?|memorandum|` +
    String.raw`initiall?(?:ed|ing)|` +
    String.raw`(?<!\bto\s)deals?(?!\s+with\b))\b`,
  'i',
);

export function agreementKind(subType: string, sentence: string): string {
  if (subType !== 'agreement-or-ceasefire' || CEASEFIRE_WORDS.test(sentence)) return subType;
  return AGREEMENT_WORDS.test(sentence) ? 'agreement' : subType;
}

/** Specificity within one sentence and date: the more specific sub-type names the event. */
export const SUBTYPE_RANK: Record<string, number> = {
  commission: 6,
  'agreement-or-ceasefire': 5,
  negotiation: 4,
  'summit-or-meeting': 3,
  statement: 1,
  'air-drone-strike': 6,
  'shelling-artillery-missile-attack': 5,
  'remote-explosive-landmine-ied': 5,
  'armed-clash': 3,
  attack: 2,
};

/** Heads that a definite reference ("the war", "the Sochi meeting") resolves through. */
export const HEAD_SYNONYMS: Record<string, string> = {
  war: 'war',
  conflict: 'war',
  fighting: 'war',
  hostilities: 'war',
  offensive: 'war',
  clashes: 'war',
  summit: 'meeting',
  meeting: 'meeting',
  talks: 'meeting',
  visit: 'meeting',
  deal: 'agreement',
  agreement: 'agreement',
  accord: 'agreement',
  ceasefire: 'agreement',
  'cease-fire': 'agreement',
  truce: 'agreement',
  treaty: 'agreement',
  armistice: 'agreement',
  declaration: 'agreement',
  blockade: 'blockade',
  deployment: 'deployment',
  shelling: 'shelling',
};
