/**
 * The database schema, one `tables-<area>.ts` file per area (drizzle-kit reads every such file;
 * migrations in /drizzle are generated with `npm run db:generate`). Add a line here for a new file.
 */
export * from './tables-platform.ts';
export * from './tables-goals.ts';
export * from './tables-accounts.ts';
export * from './tables-workflow.ts';
export * from './tables-monitoring.ts';
export * from './tables-catalogue.ts';
export * from './tables-jobs.ts';
export * from './tables-evidence.ts';
export * from './tables-prefill.ts';
export * from './tables-pre-assessment.ts';
export * from './tables-indicator-library.ts';
export * from './tables-exchange.ts';
export * from './tables-uploads.ts';
