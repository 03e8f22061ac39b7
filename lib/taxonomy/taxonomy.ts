// The event typology: ACLED's 6 event types and 25 sub-types (so ACLED data maps one-to-one),
// extended with diplomacy, because a conflict timeline is as much talks as fighting.
// This file is the single source of truth for slugs, labels and ACLED names.

export type DisorderType = 'Political violence' | 'Demonstrations' | 'Strategic developments' | 'Diplomacy';

export interface SubTypeDef {
  slug: string;
  label: string;
  /** ACLED's `sub_event_type` spelling, or null for Faultline's own sub-types. */
  acledName: string | null;
  disorderType: DisorderType;
}

export interface EventTypeDef {
  slug: string;
  label: string;
  acledName: string | null;
  disorderType: DisorderType;
  subTypes: readonly SubTypeDef[];
}

const sub = (slug: string, label: string, acled: boolean, disorderType: DisorderType): SubTypeDef => ({
  slug,
  label,
  acledName: acled ? label : null,
  disorderType,
});

const PV: DisorderType = 'Political violence';
const DEMO: DisorderType = 'Demonstrations';
const SD: DisorderType = 'Strategic developments';
const DIP: DisorderType = 'Diplomacy';

export const EVENT_TYPES: readonly EventTypeDef[] = [
  {
    slug: 'battles',
    label: 'Battles',
    acledName: 'Battles',
    disorderType: PV,
    subTypes: [
      sub('armed-clash', 'Armed clash', true, PV),
      sub('government-regains-territory', 'Government regains territory', true, PV),
      sub('non-state-actor-overtakes-territory', 'Non-state actor overtakes territory', true, PV),
    ],
  },
  {
    slug: 'explosions-remote-violence',
    label: 'Explosions/Remote violence',
    acledName: 'Explosions/Remote violence',
    disorderType: PV,
    subTypes: [
      sub('chemical-weapon', 'Chemical weapon', true, PV),
      sub('air-drone-strike', 'Air/drone strike', true, PV),
      sub('suicide-bomb', 'Suicide bomb', true, PV),
      sub('shelling-artillery-missile-attack', 'Shelling/artillery/missile attack', true, PV),
      sub('remote-explosive-landmine-ied', 'Remote explosive/landmine/IED', true, PV),
      sub('grenade', 'Grenade', true, PV),
    ],
  },
  {
    slug: 'violence-against-civilians',
    label: 'Violence against civilians',
    acledName: 'Violence against civilians',
    disorderType: PV,
    subTypes: [
      sub('sexual-violence', 'Sexual violence', true, PV),
      sub('attack', 'Attack', true, PV),
      sub('abduction-forced-disappearance', 'Abduction/forced disappearance', true, PV),
    ],
  },
  {
    slug: 'protests',
    label: 'Protests',
    acledName: 'Protests',
    disorderType: DEMO,
    subTypes: [
      sub('peaceful-protest', 'Peaceful protest', true, DEMO),
      sub('protest-with-intervention', 'Protest with intervention', true, DEMO),
      sub('excessive-force-against-protesters', 'Excessive force against protesters', true, DEMO),
    ],
  },
  {
    slug: 'riots',
    label: 'Riots',
    acledName: 'Riots',
    disorderType: DEMO,
    subTypes: [
      sub('violent-demonstration', 'Violent demonstration', true, DEMO),
      sub('mob-violence', 'Mob violence', true, PV),
    ],
  },
  {
    slug: 'strategic-developments',
    label: 'Strategic developments',
    acledName: 'Strategic developments',
    disorderType: SD,
    subTypes: [
      sub('agreement', 'Agreement', true, SD),
      sub('arrests', 'Arrests', true, SD),
      sub('change-to-group-activity', 'Change to group/activity', true, SD),
      sub('disrupted-weapons-use', 'Disrupted weapons use', true, SD),
      sub('headquarters-or-base-established', 'Headquarters or base established', true, SD),
      sub('looting-property-destruction', 'Looting/property destruction', true, SD),
      sub('non-violent-transfer-of-territory', 'Non-violent transfer of territory', true, SD),
      sub('other', 'Other', true, SD),
    ],
  },
  {
    slug: 'diplomacy',
    label: 'Diplomacy',
    acledName: null,
    disorderType: DIP,
    subTypes: [
      sub('summit-or-meeting', 'Summit or meeting', false, DIP),
      sub('negotiation', 'Negotiation', false, DIP),
      sub('agreement-or-ceasefire', 'Agreement or ceasefire', false, DIP),
      sub('statement', 'Statement', false, DIP),
      sub('commission', 'Commission', false, DIP),
    ],
  },
];

export const EVENT_TYPE_SLUGS = EVENT_TYPES.map((t) => t.slug) as [string, ...string[]];
export const SUB_TYPE_SLUGS = EVENT_TYPES.flatMap((t) => t.subTypes.map((s) => s.slug)) as [string, ...string[]];

const typeBySlug = new Map(EVENT_TYPES.map((t) => [t.slug, t]));
const typeOfSubType = new Map(EVENT_TYPES.flatMap((t) => t.subTypes.map((s) => [s.slug, t] as const)));
const subTypeBySlug = new Map(EVENT_TYPES.flatMap((t) => t.subTypes.map((s) => [s.slug, s] as const)));

export function getEventType(slug: string): EventTypeDef | undefined {
  return typeBySlug.get(slug);
}

export function getSubType(slug: string): SubTypeDef | undefined {
  return subTypeBySlug.get(slug);
}

/** The event type a sub-type belongs to; every sub-type belongs to exactly one. */
export function eventTypeOfSubType(subType: string): EventTypeDef | undefined {
  return typeOfSubType.get(subType);
}

export function isSubTypeOf(subType: string, eventType: string): boolean {
  return typeOfSubType.get(subType)?.slug === eventType;
}

export const EVENT_STATUSES = ['occurred', 'planned', 'claimed', 'disputed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ACTOR_KINDS = ['person', 'state', 'armed-force', 'organisation', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_ROLES = ['actor-1', 'actor-2', 'associated', 'mediator', 'participant'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
