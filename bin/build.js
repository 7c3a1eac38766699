#!/usr/bin/env node
/* global process, console */
// The install-time build, run by `npm install` / `npm ci` (the `prepare` script) and by `npm run build`:
//   1. the server and CLI: src/**/*.ts → dist/**/*.js (tsc, tsconfig.build.json) plus the non-code files
//      they read at run time (chart fonts, JSON templates), written to a temporary folder and swapped in;
//   2. the web UI: vite → web/dist, each page its own chunk, every text file also as .br and .gz;
//   3. prints the initial JavaScript of the UI (what a first visit downloads) raw, gzip and brotli.
// `node bin/build.js server` or `node bin/build.js web` runs one half. Without the build tools (an install
// with --omit=dev) it says so and leaves the previous build in place.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const which = process.argv[2] ?? 'all';
const started = Date.now();

function resolveTool(id) {
  try {
    return require.resolve(id);
  } catch {
    return null;
  }
}

/** Every file under `dir`, relative to it. */
function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** The newest modification time of a folder's files and sub-folders (a rename or deletion touches its folder). */
function newestMtime(dir) {
  let newest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildServer() {
  const tsc = resolveTool('typescript/bin/tsc');
  if (!tsc) {
    console.warn('[build] 未安装 typescript（开发依赖），跳过服务端编译；将直接运行 TypeScript 源码。');
    return;
  }
  const srcDir = path.join(root, 'src');
  const finalDir = path.join(root, 'dist');
  const tmpDir = path.join(root, `dist.tmp-${process.pid}`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  // Taken before compiling: a file saved during the build makes the build stale at once.
  const newest = newestMtime(srcDir);
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', tmpDir],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw new Error(`服务端编译失败（tsc 退出码 ${result.status}）。`);
  }
  // Files the code reads beside itself at run time (fonts, glyph lists, JSON); tests and fixtures stay out.
  for (const rel of walk(srcDir)) {
    if (/\.(ts|tsx)$/.test(rel) || rel.includes('__fixtures__') || /\.test\./.test(rel)) continue;
    fs.mkdirSync(path.dirname(path.join(tmpDir, rel)), { recursive: true });
    fs.copyFileSync(path.join(srcDir, rel), path.join(tmpDir, rel));
  }
  // bin/jixiao.js runs dist/ only while no source file is newer than this build.
  fs.writeFileSync(
    path.join(tmpDir, 'build-info.json'),
    JSON.stringify({ builtAt: new Date().toISOString(), newestSourceMs: newest }, null, 2) + '\n',
  );
  const oldDir = path.join(root, `dist.old-${process.pid}`);
  if (fs.existsSync(finalDir)) fs.renameSync(finalDir, oldDir);
  fs.renameSync(tmpDir, finalDir);
  fs.rmSync(oldDir, { recursive: true, force: true });
  console.log(
    `[build] 服务端与命令行：dist/（${walk(finalDir).filter((f) => f.endsWith('.js')).length} 个文件）`,
  );
}

async function buildWeb() {
  if (!resolveTool('vite')) {
    console.warn('[build] 未安装 vite（开发依赖），跳过网页界面构建。');
    return;
  }
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  reportInitialJs(path.join(root, 'web', 'dist'));
}

/** The scripts index.html loads at once (entry + module preloads): the size of a first visit. */
function initialScripts(webDist) {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => path.join(webDist, ref.replace(/^\//, '')));
}

function reportInitialJs(webDist) {
  const files = initialScripts(webDist);
  const size = (file) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  const sum = (suffix) => files.reduce((total, f) => total + size(f + suffix), 0);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const chunks = walk(webDist).filter((f) => f.endsWith('.js')).length;
  console.log(
    `[build] 网页界面：web/dist/（${chunks} 个脚本）；首次加载的脚本 ${files.length} 个：` +
      `原始 ${kb(sum(''))}，gzip ${kb(sum('.gz'))}，brotli ${kb(sum('.br'))}`,
  );
}

try {
  if (which === 'all' || which === 'server') buildServer();
  if (which === 'all' || which === 'web') await buildWeb();
  console.log(`[build] 完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
} catch (error) {
  console.error(`[build] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
