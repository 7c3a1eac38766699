/**
 * Builds chart-font.otf: Noto Sans CJK SC (SIL Open Font License 1.1) reduced to chartCharacters() and
 * renamed "Jixiao Chart Sans". Why: resvg re-reads the whole font for every text run, which costs ~25 ms
 * per label with the 19 MB Noto CJK collection (≈1.5 s for 图1–图7) and well under 1 ms with this file.
 *
 *   python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
 *   PYTHON=/tmp/ft/bin/python npx tsx src/documents/accounts/chart-font/build-chart-font.ts
 *
 * Run it again when the 科目 catalogue gains names (accounts-documents.test.ts fails until then).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartCharacters } from './chart-chars.ts';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.env.NOTO_CJK ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const chars = chartCharacters();
writeFileSync(join(here, 'chart-font.chars.txt'), chars);
const script = `
import sys
from fontTools import subset
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1], fontNumber=2)  # 2 = Noto Sans CJK SC in the collection
opts = subset.Options()
opts.layout_features = []
opts.name_IDs = ['*']
opts.notdef_outline = True
s = subset.Subsetter(opts)
s.populate(text=open(sys.argv[2], encoding='utf-8').read())
s.subset(font)
for rec in font['name'].names:
    if rec.nameID in (1, 4, 16):
        rec.string = 'Jixiao Chart Sans'
    elif rec.nameID == 6:
        rec.string = 'JixiaoChartSans-Regular'
font.save(sys.argv[3])
`;
execFileSync(
  process.env.PYTHON ?? 'python3',
  ['-c', script, source, join(here, 'chart-font.chars.txt'), join(here, 'chart-font.otf')],
  { stdio: 'inherit' },
);
console.log(`chart-font.otf: ${[...chars].length} characters`);
