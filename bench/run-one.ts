/** Runs one benchmark file's default export (bench/run.ts starts one process per file). */
const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts <bench file>');
const mod = (await import(file)) as { default: () => Promise<void> };
await mod.default();
process.exit(0);
export {};
