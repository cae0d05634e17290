import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Unit } from '../../../../shared/contract/system';
import type { DutyKind, DutyScope } from '../../../../shared/domain/duties';
import { kindLabelsFor, memberWordsFor, scopeLabelsFor, unitBodyOf, type UnitBody } from '../../../../shared/domain/unit-body';
import { call } from '../../api/client';

/** The unit's name, read once and again after 单位信息 is saved: the words of duty scopes follow its body. */
interface UnitState {
  unit: Unit | null;
  load: () => Promise<void>;
}

export const useUnit = create<UnitState>((set) => ({
  unit: null,
  load: async () => {
    try {
      set({ unit: await call('unit.get', {}) });
    } catch {
      // Locked or not yet set: the 党组 words stay until the next load.
    }
  },
}));

export interface UnitWords {
  body: UnitBody;
  /** "党组整体 / 每位党组成员 / 党组书记" for a 党组; "支部整体 / 每位成员 / 党支部书记" for a branch. */
  scopes: Record<DutyScope, string>;
  /** "党组会议" for a 党组, "支委会" for a branch; most kinds read the same. */
  kinds: Record<DutyKind, string>;
  /** "党组成员" / "支部成员", and their role in the body: "党组职务" / "支部职务". */
  members: string;
  role: string;
}

/** The words that name the unit's body, for every page that shows duty kinds or scopes. */
export function useUnitWords(): UnitWords {
  const name = useUnit((s) => s.unit?.name ?? '');
  useEffect(() => {
    if (!useUnit.getState().unit) void useUnit.getState().load();
  }, []);
  return useMemo(() => ({ body: unitBodyOf(name), scopes: scopeLabelsFor(name), kinds: kindLabelsFor(name), ...memberWordsFor(name) }), [name]);
}
