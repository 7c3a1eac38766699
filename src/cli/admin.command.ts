/** Operator commands: migrate, demo, audit verify, backup, restore. */
import type { Command } from 'commander';
import { openConfiguredDatabase } from '../app/open-database.ts';
import { verifyAuditChain } from '../platform/audit/audit-log.ts';
import { loadConfig } from '../platform/config.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { bootstrap, generatePassword } from '../features/system/bootstrap.ts';
import { loadDemo } from '../features/demo/load-demo.ts';
import { registerWorkflowDocuments } from '../app/routes.ts';
import { backupToFile, restoreFromFile } from '../features/system/backup.ts';

async function withDatabase<T>(
  fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig(), { asServer: false });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export function registerAdminCommands(program: Command): void {
  program
    .command('migrate')
    .description('执行数据库迁移（启动时也会自动执行）')
    .action(async () => {
      await withDatabase(async (database) => {
        await runMigrations(database.db);
        console.log('数据库迁移已完成。');
      });
    });

  program
    .command('demo')
    .description('载入演示组织机构和演示账号（已载入则跳过）')
    .action(async () => {
      await withDatabase(async (database) => {
        await runMigrations(database.db);
        const config = loadConfig();
        const deps = { db: database.db, config, clock: () => new Date(), databaseKind: database.kind };
        const password = config.demoPassword ?? generatePassword();
        await database.db.transaction(async (tx) => {
          const first = await bootstrap(
            { ...deps, db: tx },
            {
              JIXIAO_ADMIN_PASSWORD: config.adminPassword,
              JIXIAO_SECADMIN_PASSWORD: password,
              JIXIAO_AUDITOR_PASSWORD: password,
            },
          );
          for (const g of first.generated)
            console.log(`生成的${g.role}账号：${g.username}  密码：${g.password}`);
          registerWorkflowDocuments();
          const result = await loadDemo({ ...deps, db: tx }, password);
          if (result.loaded)
            console.log(`已载入演示数据：${result.users.length} 个演示账号，密码：${password}`);
          else console.log('演示数据已存在，未重复载入。');
        });
      });
    });

  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志的哈希链：发现被改动或删除的记录时以非零状态退出，并指出第一条有问题的记录')
    .option(
      '--expect-head <hash>',
      '此前记下的末条哈希（backup 打印、服务器每日写入日志）：链中找不到它即说明末尾的记录被删除',
    )
    .action(async (options: { expectHead?: string }) => {
      const expected = options.expectHead?.trim().toLowerCase();
      if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
        console.error('--expect-head 应为 64 位十六进制的哈希值（见 backup 的输出或服务器日志）。');
        process.exitCode = 2;
        return;
      }
      await withDatabase(async (database) => {
        const result = await verifyAuditChain(database.db);
        if (result.ok && expected !== undefined) {
          // The chain holds from the first entry on; a recorded head that is no longer in it means
          // the entries from it onwards were removed (a chain cut off at the end still links up).
          const found = await database.pool.query<{ seq: string }>(
            'SELECT seq::text AS seq FROM audit_log WHERE hash = $1',
            [expected],
          );
          const seq = found.rows[0]?.seq;
          if (seq === undefined) {
            console.error(
              `审计日志校验失败：找不到此前记下的末条记录（哈希 ${expected}），其后的记录连同它已被删除。现存 ${result.entries} 条，末条序号 ${result.headSeq ?? '-'}。`,
            );
            process.exitCode = 1;
            return;
          }
          console.log(
            `审计日志完整：共 ${result.entries} 条记录，哈希链校验通过，包含记下的末条（序号 ${seq}）。末条序号 ${result.headSeq ?? '-'}，哈希 ${result.headHash}`,
          );
          return;
        }
        if (result.ok) {
          console.log(
            `审计日志完整：共 ${result.entries} 条记录，哈希链校验通过。末条序号 ${result.headSeq ?? '-'}，哈希 ${result.headHash}`,
          );
        } else {
          console.error(
            `审计日志校验失败：第 ${result.badSeq} 号记录${result.reason}。（已校验 ${result.entries} 条）`,
          );
          process.exitCode = 1;
        }
      });
    });

  program
    .command('backup')
    .argument('<file>', '备份文件路径（gzip 压缩的 JSON 行）')
    .description('备份全部数据（内置或外部数据库均可）')
    .action(async (file: string) => {
      await withDatabase(async (database) => {
        const result = await backupToFile(database.pool, file, new Date());
        console.log(`已备份 ${result.tables} 张表、${result.rows} 行到 ${file}`);
        if (result.auditHead)
          console.log(
            `审计日志末条：序号 ${result.auditHead.seq}，哈希 ${result.auditHead.hash}\n（请另行保存；日后可用 jixiao audit verify --expect-head ${result.auditHead.hash} 检查末尾的记录是否被删除）`,
          );
      });
    });

  program
    .command('restore')
    .argument('<file>', 'jixiao backup 生成的备份文件')
    .option('--force', '目标数据库已有数据时，先清空再恢复')
    .description('从备份恢复全部数据（同一版本的 Jixiao；全部成功或全部不变）')
    .action(async (file: string, options: { force?: boolean }) => {
      await withDatabase(async (database) => {
        await runMigrations(database.db);
        const result = await restoreFromFile(database.pool, file, { force: options.force === true });
        console.log(`已从 ${file} 恢复 ${result.tables} 张表、${result.rows} 行。`);
      });
    });
}
