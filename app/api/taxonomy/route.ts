import { NextResponse } from 'next/server';
import { PRECISIONS } from '@/lib/dates/precision';
import { ACTOR_KINDS, ACTOR_ROLES, EVENT_STATUSES, EVENT_TYPES } from '@/lib/taxonomy/taxonomy';

export function GET() {
  return NextResponse.json({
    eventTypes: EVENT_TYPES,
    statuses: EVENT_STATUSES,
    precisions: PRECISIONS,
    actorKinds: ACTOR_KINDS,
    actorRoles: ACTOR_ROLES,
  });
}
