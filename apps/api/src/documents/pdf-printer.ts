import fs from 'node:fs';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import { type Browser, chromium } from 'playwright-core';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** One document to print: a whole HTML page (fonts from the system, no network) and its page footer. */
export interface PrintJob {
  html: string;
  /** Chromium's footer template: HTML with `<span class="pageNumber">` and `<span class="totalPages">`. */
  footerHtml: string;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const UNAVAILABLE = 'The PDF cannot be made right now: the server’s document printer is not available. Try again later.';

/**
 * Prints HTML documents to PDF with Debian's Chromium (the same browser the browser tests use). Chromium
 * lays out every script (Arabic shaping, right-to-left and mixed-direction text) and embeds the fonts
 * with their text, so the PDF stays searchable; pdfkit could do neither.
 *
 * One browser per process, launched on the first print and reused (a launch costs seconds, a page tens of
 * milliseconds); each print gets its own context, so nothing leaks between documents. At most
 * `pdf.concurrency` prints run at once, `pdf.queueLimit` wait; beyond that, and whenever Chromium is
 * missing or fails to start, the route answers 503 PDF_UNAVAILABLE rather than a 500.
 */
@Injectable()
export class PdfPrinter implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfPrinter.name);
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async print(job: PrintJob): Promise<Buffer> {
    await this.acquire();
    try {
      const browser = await this.launch();
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        // Documents are self-contained: nothing they reference is fetched (defence in depth; every value is escaped).
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(job.html, { waitUntil: 'load', timeout: this.config.pdf.timeoutSeconds * 1000 });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: job.footerHtml,
          margin: { top: '20mm', bottom: '22mm', left: '20mm', right: '20mm' },
          tagged: true,
          outline: true,
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new DomainError(DomainErrorCode.PDF_UNAVAILABLE, UNAVAILABLE));
    if (!this.browser) {
      const { chromiumPath } = this.config.pdf;
      const launching = (async () => {
        if (!fs.existsSync(chromiumPath)) {
          this.logger.warn(
            `Chromium is missing at ${chromiumPath}: PDFs cannot be made. Install it (apt-get install chromium fonts-noto-core) or set CHROMIUM_PATH.`,
          );
          throw new DomainError(DomainErrorCode.PDF_UNAVAILABLE, UNAVAILABLE);
        }
        try {
          const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          });
          return browser;
        } catch (error) {
          this.logger.error(`Chromium at ${chromiumPath} failed to start: ${(error as Error).message}`);
          throw new DomainError(DomainErrorCode.PDF_UNAVAILABLE, UNAVAILABLE);
        }
      })();
      // A failed launch is not cached: the next print tries again (an operator may have installed it).
      launching.catch(() => {
        if (this.browser === launching) this.browser = null;
      });
      this.browser = launching;
    }
    return this.browser;
  }

  private async acquire(): Promise<void> {
    if (this.running < this.config.pdf.concurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= this.config.pdf.queueLimit) {
      throw new DomainError(DomainErrorCode.PDF_UNAVAILABLE, 'The server is making many PDFs at the moment. Try again in a minute.');
    }
    // The slot is handed over by release(), so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
