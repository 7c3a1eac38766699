/**
 * HTML → PDF with Chromium (Debian's /usr/bin/chromium) through playwright-core. One browser is shared
 * by every render and started on first use; renders wait in a queue (by default one at a time, as a
 * page costs ~1–2 s of CPU on a 2-core machine) and each gets a fresh page. The browser is restarted
 * if it dies, and `close()` ends it — the server calls it on shutdown, tests in afterAll.
 */
import type { Browser } from 'playwright-core';
import type { DocumentModel } from '../model.ts';
import { PAGE } from '../model.ts';
import { renderHtml } from './render-html.ts';

export type PdfRendererOptions = {
  /** Default: $JIXIAO_CHROMIUM or /usr/bin/chromium. */
  executablePath?: string;
  /** Renders running at once; default 1. */
  concurrency?: number;
  /** Per render; default 60 s. */
  timeoutMs?: number;
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const FOOTER =
  '<div style="width:100%;text-align:center;font-size:14pt;font-family:\'SimSun\',\'Noto Serif CJK SC\',serif;">— <span class="pageNumber"></span> —</div>';

export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;
  private readonly options: Required<PdfRendererOptions>;

  constructor(options: PdfRendererOptions = {}) {
    this.options = {
      executablePath: options.executablePath ?? process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium',
      concurrency: Math.max(1, options.concurrency ?? 1),
      timeoutMs: options.timeoutMs ?? 60_000,
    };
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const started = (async () => {
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({
          executablePath: this.options.executablePath,
          args: CHROMIUM_ARGS,
        });
        browser.on('disconnected', () => {
          if (this.browser === started) this.browser = null;
        });
        return browser;
      })();
      this.browser = started;
      // A failed launch must not poison later attempts.
      started.catch(() => {
        if (this.browser === started) this.browser = null;
      });
    }
    return this.browser;
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Renders a document (or ready HTML) to PDF bytes. */
  async render(
    doc: DocumentModel | { html: string; landscape?: boolean; pageNumbers?: boolean },
  ): Promise<Buffer> {
    if (this.closed) throw new Error('PDF 渲染器已关闭。');
    const html = 'html' in doc ? doc.html : renderHtml(doc);
    const landscape = doc.landscape ?? false;
    const pageNumbers = doc.pageNumbers ?? true;
    await this.slot();
    try {
      const browser = await this.launch();
      const page = await browser.newPage();
      try {
        page.setDefaultTimeout(this.options.timeoutMs);
        await page.setContent(html, { waitUntil: 'load' });
        const margin = landscape
          ? {
              top: `${PAGE.leftMm}mm`,
              bottom: `${PAGE.rightMm}mm`,
              left: `${PAGE.topMm}mm`,
              right: `${PAGE.bottomMm}mm`,
            }
          : {
              top: `${PAGE.topMm}mm`,
              bottom: `${PAGE.bottomMm}mm`,
              left: `${PAGE.leftMm}mm`,
              right: `${PAGE.rightMm}mm`,
            };
        const pdf = await page.pdf({
          format: 'A4',
          landscape,
          margin,
          printBackground: true,
          displayHeaderFooter: pageNumbers,
          headerTemplate: '<div></div>',
          footerTemplate: pageNumbers ? FOOTER : '<div></div>',
        });
        return Buffer.from(pdf);
      } finally {
        await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const b = this.browser;
    this.browser = null;
    if (b) await (await b.catch(() => null))?.close();
  }
}

let shared: PdfRenderer | null = null;

/** The process-wide renderer (one browser). */
export function sharedPdfRenderer(): PdfRenderer {
  if (!shared) shared = new PdfRenderer();
  return shared;
}

/** Closes the shared browser; the next render starts a new one. */
export async function closePdfRenderer(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) await s.close();
}

export function renderPdf(doc: DocumentModel): Promise<Buffer> {
  return sharedPdfRenderer().render(doc);
}
