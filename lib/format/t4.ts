// Table 4 (四、政府信息公开行政复议、行政诉讼情况): three blocks of five columns, one data row.
export const T4_BLOCKS = [
  { key: 'review', label: '行政复议' },
  { key: 'suit_direct', label: '行政诉讼／未经复议直接起诉' },
  { key: 'suit_after_review', label: '行政诉讼／复议后起诉' },
] as const;

export const T4_COLUMNS = [
  { key: 'upheld', label: '结果维持', keywords: ['维持'] },
  { key: 'corrected', label: '结果纠正', keywords: ['纠正'] },
  { key: 'other', label: '其他结果', keywords: ['其他'] },
  { key: 'pending', label: '尚未审结', keywords: ['尚未', '未审结'] },
  { key: 'total', label: '总计', keywords: ['总计', '合计'] },
] as const;

export type T4Block = (typeof T4_BLOCKS)[number]['key'];
export type T4Col = (typeof T4_COLUMNS)[number]['key'];

export const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const satisfies readonly T4Col[];
