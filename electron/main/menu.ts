import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_ORIGIN } from './security';

/** A short Chinese menu; the app's own navigation lives in the window. */
export function menuTemplate(): MenuItemConstructorOptions[] {
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '刷新' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        // The manual ships with the app (docs/ is copied beside the renderer): no network needed.
        { label: '使用说明', accelerator: 'F1', click: () => void BrowserWindow.getFocusedWindow()?.loadURL(`${APP_ORIGIN}/index.html#/help`) },
        { type: 'separator' },
        { role: 'about', label: '关于落实' },
      ],
    },
  ];
}

export function buildMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
}
