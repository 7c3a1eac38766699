export * from './decimal.ts';
export * from './ratios.ts';
export * from './units.ts';
