import type { ThemeConfig } from 'antd';

/** Restrained party red (党建红) with warm neutrals; gold only as a thin accent. */
export const PARTY_RED = '#a61b1b';
export const PARTY_RED_DARK = '#7f1212';
export const GOLD = '#e9c46a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PARTY_RED,
    colorLink: PARTY_RED,
    colorError: '#cf1322',
    colorWarning: '#d48806',
    colorSuccess: '#389e0d',
    colorBgLayout: '#f5f3f0',
    borderRadius: 4,
    fontFamily:
      '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: PARTY_RED_DARK, siderBg: '#ffffff', headerHeight: 56 },
    Menu: { itemSelectedBg: '#fbeaea', itemSelectedColor: PARTY_RED },
    Table: { headerBg: '#f7efe9' },
  },
};
