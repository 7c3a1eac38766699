import type { Command } from 'commander';
import { startApplication } from '../app/start.ts';
import { loadConfig } from '../platform/config.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动服务器（默认使用 ./data 中的内置 PostgreSQL；设置 DATABASE_URL 则使用外部数据库）')
    .action(async () => {
      const running = await startApplication(loadConfig());
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        console.log('正在停止…');
        await running.stop();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
