#!/usr/bin/env node
/* global process, console */
// The `jixiao` command. After the install-time build (`npm install` runs `npm run build`) it runs the
// compiled JavaScript in dist/. While a source file is newer than that build — development — or when there
// is no build, it runs the TypeScript sources through tsx instead, so an edit is never hidden by stale code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readBuildInfo() {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'dist', 'build-info.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** True when some file or folder under `dir` changed after `since` (milliseconds); stops at the first. */
function changedSince(dir, since) {
  if (fs.statSync(dir).mtimeMs > since) return true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() ? changedSince(full, since) : fs.statSync(full).mtimeMs > since) return true;
  }
  return false;
}

const build = readBuildInfo();
const sources = path.join(root, 'src');
const useBuild =
  build !== null &&
  process.env.JIXIAO_FROM_SOURCE !== '1' &&
  !(fs.existsSync(sources) && changedSince(sources, build.newestSourceMs));

async function loadMain() {
  if (useBuild) return import('../dist/cli/main.js');
  let register = null;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // no tsx (an install without development dependencies): the build is all there is
  }
  if (register) {
    register();
    return import('../src/cli/main.ts');
  }
  return build ? import('../dist/cli/main.js') : null;
}

const cli = await loadMain();
if (cli) await cli.main(process.argv.slice(2));
else {
  console.error(
    '未找到编译后的程序（dist/），也未安装 tsx。请在项目目录运行 npm install（或 npm run build）。',
  );
  process.exitCode = 1;
}
