// Only the ECharts parts the app draws (bars, one line, grid, tooltip, legend on canvas): the full
// package is several MB. Loaded on demand by EChart, so pages without charts never fetch it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
