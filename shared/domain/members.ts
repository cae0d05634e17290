// Party Group members (党组成员).

export const PARTY_ROLES = ['secretary', 'deputy', 'member'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  secretary: '书记',
  deputy: '副书记',
  member: '成员',
};

export interface Member {
  id: number;
  name: string;
  /** 行政职务, e.g. 县委副书记、县长 */
  title: string;
  partyRole: PartyRole;
  /** 分管领域 */
  portfolio: string;
  /** 所在支部 */
  branch: string;
  sortOrder: number;
  /** ISO date the term started (任职起), or null if unknown. */
  termStart: string | null;
  /** ISO date the term ended (任职止); null while in office. */
  termEnd: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
}
