/** How the command line reports failures: one clear line, no stack trace (set JIXIAO_DEBUG=1 for it). */
export function printError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`错误：${message || '未知错误'}`);
  if (process.env.JIXIAO_DEBUG && error instanceof Error) console.error(error.stack);
}
