// Plans copied from traditional-character pages (港澳台 mirrors, 转码 sites) use 黨, 會, 學…
// The extractor reads a simplified copy: one character for one, so offsets (and the source
// clause cut from the original text) stay exact. Only characters of the duty vocabulary.

const PAIRS =
  '學学習习黨党課课題题調调報报談谈話话會会組组檢检議议員员書书記记長长個个劃划計计導导織织對对於于寫写體体開开級级門门領领幹干設设發发區区縣县鎮镇鄉乡務务與与間间並并後后認认識识訂订據据單单讀读論论輔辅討讨視视況况應应須须實实專专這这時时內内兩两萬万續续團团隊队機机關关辦办處处節节總总結结聽听彙汇匯汇歲岁選选舉举責责問问題题週周舉举參参動动規规範范項项務务辦办種种準准確确歷历層层強强慣惯隨随靈灵傳传聞闻觀观點点為为畫划終终職职進进評评測测礎础紀纪監监講讲錄录簽签筆笔積积極极優优獎奖懲惩審审達达標标統统籌筹費费繳缴納纳檔档裝装歸归冊册臺台帳账賬账階阶線线態态勢势營营構构庫库聯联繫系場场當当氣气還还製制';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);

const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => MAP.get(c) ?? c);
}
