/**
 * Whether a 其中 list written on one line splits its total — read before its parts are added up
 * (prose-totals.ts). "资金到位4,920.00万元。其中中央和省级资金全部到位，市级资金到位1,320.00万元，尚有330.00万元
 * 未到位" is no partition: its first item has no amount, and its last is of the opposite measure (未到位 against
 * 到位) — what was not received is no part of what was.
 */

/** Marks between a list's items. */
const ITEM_MARKS = /[，,；;。]/;

/** The clause holding offsets [start, end) of `text`: from the mark before to the mark after. */
function itemAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !ITEM_MARKS.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !ITEM_MARKS.test(text[b]!)) b++;
  return text.slice(a, b);
}

/**
 * "其中中央和省级资金全部到位，A…": a clause between the list's opener and its first amount that states something
 * (two or more Chinese characters, not a heading ended by "：", not "按…划分") is an item without amount.
 */
export function itemWithoutAmount(head: string): boolean {
  const items = head.split(ITEM_MARKS).slice(0, -1);
  return items.some((s) => {
    const words = s.replace(/[^\u4e00-\u9fa5]/g, '');
    return words.length >= 2 && !/\d/.test(s) && !/[：:]\s*$/.test(s) && !/^按|分类|划分/.test(words);
  });
}

/**
 * A part stated as the negation of the total's measure: the part's clause says 未V / 尚未V / 没有V and the total's
 * clause says V without the negation ("到位4,920.00万元" … "330.00万元未到位"); or a balance (结余, 结转, 余额) listed
 * under an amount executed.
 */
export function oppositeMeasure(
  totalText: string,
  totalStart: number,
  totalEnd: number,
  partText: string,
  partStart: number,
  partEnd: number,
): boolean {
  const totalItem = itemAround(totalText, totalStart, totalEnd);
  const partItem = itemAround(partText, partStart, partEnd);
  // (What is left unspent is no part of what was spent: "全年执行数X万元。其中：…项目支出结余Z万元".)
  if (/执行/.test(totalItem) && !/结余|结转|余额/.test(totalItem) && /结余|结转|余额/.test(partItem))
    return true;
  for (const m of partItem.matchAll(/(?:未|没有)(?:能)?([\u4e00-\u9fa5]{2})/g)) {
    const verb = m[1]!;
    const at = totalItem.indexOf(verb);
    if (at >= 0 && !/(?:未|没有|未能)$/.test(totalItem.slice(0, at))) return true;
  }
  return false;
}
