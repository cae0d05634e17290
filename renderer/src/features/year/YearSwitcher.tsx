import { Select } from 'antd';
import { useWorkingYear } from './store';

/** The header's 年度: plan years first, then the neighbours of the working year and this year. */
export function YearSwitcher() {
  const { year, planYears, setYear, refreshPlanYears } = useWorkingYear();
  if (year === null) return null;
  const thisYear = new Date().getFullYear();
  const years = [...new Set([...planYears, year - 1, year, year + 1, thisYear])].sort((a, b) => b - a);
  return (
    <Select
      aria-label="年度"
      data-testid="working-year"
      value={year}
      style={{ width: 130 }}
      onChange={setYear}
      onOpenChange={(open) => open && void refreshPlanYears().catch(() => undefined)}
      popupMatchSelectWidth={false}
      options={years.map((y) => ({ value: y, label: `${y}年度${planYears.includes(y) ? '' : '（无要点）'}` }))}
      labelRender={() => `${year}年度`}
    />
  );
}
