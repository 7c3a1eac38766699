export * from './catalogue.ts';
export * from './goal-evaluation.ts';
export * from './rule-config.ts';
export * from './target-value.ts';
export * from './template.ts';
