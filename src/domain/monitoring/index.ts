export * from './execution.ts';
export * from './indicator.ts';
export * from './lights.ts';
export * from './round.ts';
export * from './rules.ts';
export * from './rectification.ts';
export * from './recommendation.ts';
export * from './schema.ts';
