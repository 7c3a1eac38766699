export * from './fields.ts';
export * from './model.ts';
export * from './to-records.ts';
export * from './from-records.ts';
export * from './json-file.ts';
