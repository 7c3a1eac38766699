/**
 * Turns mammoth's HTML of a Word document into checker lines: one line per paragraph ("段落 N"),
 * one tab-separated line per table row ("表格 T 第 R 行"), so tables read as the checker's TSV tables.
 */
import type { SourceLine } from '../domain/checks/types.ts';

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function plainText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<\/p>\s*<p[^>]*>/gi, ' ').replace(/<[^>]+>/g, '')).replace(/[\t\r\n]+/g, ' ').trim();
}

export function docxHtmlToLines(html: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let paragraph = 0;
  let table = 0;
  const block = /<table[\s\S]*?<\/table>|<(p|h[1-6]|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
  for (const m of html.matchAll(block)) {
    if (m[0].toLowerCase().startsWith('<table')) {
      table++;
      let r = 0;
      for (const row of m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)) {
        r++;
        const cells = [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => plainText(c[1]!));
        lines.push({ text: cells.join('\t'), location: `表格${table} 第${r}行` });
      }
      lines.push({ text: '' });
      continue;
    }
    paragraph++;
    lines.push({ text: plainText(m[2]!), location: `段落${paragraph}` });
  }
  return lines;
}
