import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';
import type { ECharts } from 'echarts/core';

export interface EChartProps {
  option: EChartsOption;
  height?: number;
  /** Called with the clicked data item's index (bars, pie slices…). */
  onClick?: (dataIndex: number) => void;
  'data-testid'?: string;
}

/** ECharts is fetched the first time a chart is drawn, not with the app. */
const loadEcharts = () => import('./echarts-setup').then((m) => m.echarts);

/** Thin ECharts wrapper: one instance per element, resized with its box, disposed on unmount. */
export function EChart({ option, height = 280, onClick, ...rest }: EChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const optionRef = useRef(option);
  optionRef.current = option;

  useEffect(() => {
    let disposed = false;
    let ro: ResizeObserver | null = null;
    void loadEcharts().then((echarts) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.current = c;
      c.on('click', (p) => clickRef.current?.(p.dataIndex));
      c.setOption(optionRef.current, { notMerge: true });
      ro = new ResizeObserver(() => c.resize());
      ro.observe(el.current);
    });
    return () => {
      disposed = true;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} style={{ width: '100%', height }} data-testid={rest['data-testid']} />;
}
