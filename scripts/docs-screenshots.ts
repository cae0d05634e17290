// `npm run docs:screenshots`: refreshes the user manual's pictures in docs/images.
import { takeManualScreenshots } from './docs/screens';

const files = await takeManualScreenshots({ outDir: 'docs/images' });
console.log(`已更新 ${files.length} 张截图：\n${files.join('\n')}`);
