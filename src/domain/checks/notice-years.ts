/**
 * A notice cited as the ground of a self-evaluation and the year the same sentence says was evaluated under it —
 * "根据《关于开展2023年度项目支出绩效自评工作的通知》要求，我中心对2025年度实施的3个项目开展了绩效自评": the notice asks
 * for one year's 自评, the sentence reports another's (`year.mismatch`). Read only when the notice's title opens
 * with "关于开展/组织/做好YYYY年度…" and names a 自评, the sentence says it follows it (根据/按照/依据…要求/规定/部署)
 * and then states the year of its own 自评, which is the document's year — a notice of another year cited for
 * any other purpose is left alone.
 */
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

const CITED =
  /(?:根据|按照|依据)[^。《]{0,30}《(关于(?:开展|组织开展|组织|做好)\s*(20\d\d)\s*年度?[^》]{0,40}?自评[^》]{0,20})》[^。]{0,10}?(?:要求|规定|部署|精神)[，,]/;
/** The sentence's own 自评 after the citation: "对2025年度实施的3个项目开展了绩效自评". */
const OWN = /(20\d\d)\s*年度?[^。；;《》]{0,30}?(?:开展|进行|实施)了?[^。；;]{0,6}?自评/;

export function checkCitedNoticeYears(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  // (The notice cited is titled "《关于…自评…》".)
  if (!mentionsAll(ctx, ['《关于', '自评'])) return;
  forEachFigureLineWith(ctx, '自评', (line, li) => {
    if (!line.includes('《')) return;
    for (const s of sentencesAt(ctx, li)) {
      const cited = CITED.exec(s.text);
      if (!cited) continue;
      const own = OWN.exec(s.text.slice(cited.index + cited[0].length));
      if (!own || Number(own[1]) !== y) continue;
      const notice = Number(cited[2]);
      const at = s.start + cited.index + cited[0].indexOf(cited[2]!);
      claim(ctx, 'year', li, at, notice === y, `所依据通知为${notice}年度自评，本次自评为${y}年度`);
      if (notice === y) continue;
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, s.start + cited.index, s.start + cited.index + cited[0].length, 10),
        `${y}年度`,
        `${notice}年度`,
        `依据的通知《${cited[1]}》部署的是${notice}年度自评，而同句所述本次自评为${y}年度，通知年份似未更新。`,
        at,
      );
    }
  });
}
