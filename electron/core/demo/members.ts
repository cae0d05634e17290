import type { CoreContext } from '../context';
import { createMembers } from '../members/service';
import type { DemoOptions } from './generate';
import type { Rng } from './random';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '胡', '郭', '何', '高', '罗'];
const GIVEN = ['建国', '卫东', '秀英', '志强', '海燕', '国栋', '立新', '红梅', '晓峰', '文博', '俊杰', '丽娟', '永红', '振华', '明辉', '春燕', '德胜', '雪梅'];

/** A county government Party Group as it usually stands: 县长 as 书记, 常务 as 副书记, then 副县长s. */
export const SEATS: { title: string; partyRole: 'secretary' | 'deputy' | 'member'; portfolio: string; branch: string }[] = [
  { title: '县委副书记、县长', partyRole: 'secretary', portfolio: '主持县政府全面工作，分管审计', branch: '县政府办公室机关党支部' },
  { title: '县委常委、常务副县长', partyRole: 'deputy', portfolio: '发展改革、财政、税务、金融、统计', branch: '县政府办公室机关党支部' },
  { title: '副县长', partyRole: 'member', portfolio: '工业、商务、招商引资、市场监管', branch: '县工信局机关党支部' },
  { title: '副县长', partyRole: 'member', portfolio: '农业农村、乡村振兴、水利、林业', branch: '县农业农村局机关党支部' },
  { title: '副县长', partyRole: 'member', portfolio: '教育、卫生健康、医疗保障、体育', branch: '县教育局机关党支部' },
  { title: '副县长、县公安局局长', partyRole: 'member', portfolio: '公安、司法、信访、应急管理', branch: '县公安局机关党支部' },
  { title: '副县长', partyRole: 'member', portfolio: '住房城乡建设、自然资源、生态环境、交通运输', branch: '县住建局机关党支部' },
  { title: '县政府党组成员、县政府办公室主任', partyRole: 'member', portfolio: '县政府办公室日常工作、机关事务', branch: '县政府办公室机关党支部' },
  { title: '副县长', partyRole: 'member', portfolio: '文化旅游、民政、人力资源和社会保障、退役军人事务', branch: '县文旅局机关党支部' },
];

/** Distinct two- or three-character Chinese names (18 × 18 combinations). */
// Three-character names once the 18 × 18 two-character ones are spent (units of hundreds).
const MIDDLE = ['子', '思', '雨', '佳', '嘉', '欣', '浩', '宇', '俊', '梓', '一', '晨', '书', '文', '明', '泽', '安', '若', '诗', '天'];
const LAST = ['涵', '轩', '怡', '辰', '琪', '睿', '航', '然', '萱', '杰', '宁', '瑶', '昊', '彤', '阳', '逸', '晴', '博', '远', '悦'];

export function nameMaker(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const n = used.size < SURNAMES.length * GIVEN.length ? rng.pick(SURNAMES) + rng.pick(GIVEN) : rng.pick(SURNAMES) + rng.pick(MIDDLE) + rng.pick(LAST);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
}

export function demoMembers(ctx: CoreContext, rng: Rng, opts: DemoOptions): void {
  const count = opts.members ?? rng.int(7, 9);
  const name = nameMaker(rng);
  const seats = Array.from({ length: count }, (_, i) => SEATS[i % SEATS.length]!);
  createMembers(
    ctx,
    seats.map((s, i) => ({
      name: name(),
      title: s.title,
      partyRole: i < SEATS.length ? s.partyRole : 'member',
      portfolio: s.portfolio,
      branch: s.branch,
      termStart: `${opts.year - rng.int(1, 3)}-0${rng.int(1, 9)}-${String(rng.int(10, 28))}`,
      note: '',
      sortOrder: (i + 1) * 10,
    })),
  );
}
