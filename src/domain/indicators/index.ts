export * from './catalogue.ts';
export * from './direction.ts';
export * from './goal-evaluation.ts';
export * from './goal-table.ts';
export * from './rule-config.ts';
export * from './target-value.ts';
export * from './template.ts';
