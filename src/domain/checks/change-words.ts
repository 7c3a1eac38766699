/** Words right before a figure that make it a change, a comparison (超/低/高) or a ratio (比), not an amount. */
export const CHANGE_WORDS = ['增加', '减少', '增长', '下降', '上升'];
export const CHANGE_OR_COMPARE = [...CHANGE_WORDS, '超', '低', '高'];
export const CHANGE_OR_RATIO = [...CHANGE_OR_COMPARE, '比'];
