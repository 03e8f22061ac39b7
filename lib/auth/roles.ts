// The four roles, weakest first: each may do what the one before it may.
export const ROLES = ['viewer', 'contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer — reads',
  contributor: 'Contributor — proposes events and edits, reviewed before they are public',
  editor: 'Editor — approves, rejects, edits, deletes and restores',
  admin: 'Admin — also manages people, roles, tokens and settings',
};

export const REVIEW_STATES = ['published', 'pending', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
