import { afterAll, describe, expect, it } from '@jest/globals';
import { DomainError, DomainErrorCode } from '@common-ground/domain';
import { loadConfig } from '../config/config';
import { PdfPrinter } from './pdf-printer';

const job = (text: string) => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text}</title></head><body><p>${text}</p></body></html>`,
  footerHtml: '<span></span>',
});

async function codeOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
  }
}

describe('PdfPrinter', () => {
  const printer = new PdfPrinter(loadConfig({ NODE_ENV: 'test', PDF_CONCURRENCY: '1', PDF_QUEUE_LIMIT: '2' }));
  afterAll(() => printer.onApplicationShutdown());

  it('queues prints beyond its concurrency and refuses those beyond the queue with PDF_UNAVAILABLE', async () => {
    const prints = ['one', 'two', 'three', 'four'].map((text) => printer.print(job(text)));
    const outcomes = await Promise.allSettled(prints);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(await codeOf(prints[3])).toBe(DomainErrorCode.PDF_UNAVAILABLE);
    for (const outcome of outcomes.slice(0, 3)) {
      if (outcome.status === 'fulfilled') expect(outcome.value.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    // The slots are all free again.
    expect((await printer.print(job('five'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers PDF_UNAVAILABLE when Chromium is missing, and again on the next try', async () => {
    const missing = new PdfPrinter(loadConfig({ NODE_ENV: 'test', CHROMIUM_PATH: '/nonexistent/chromium' }));
    expect(await codeOf(missing.print(job('x')))).toBe(DomainErrorCode.PDF_UNAVAILABLE);
    expect(await codeOf(missing.print(job('y')))).toBe(DomainErrorCode.PDF_UNAVAILABLE);
    await missing.onApplicationShutdown();
  });

  it('prints nothing after shutdown', async () => {
    const closing = new PdfPrinter(loadConfig({ NODE_ENV: 'test' }));
    await closing.onApplicationShutdown();
    expect(await codeOf(closing.print(job('late')))).toBe(DomainErrorCode.PDF_UNAVAILABLE);
  });
});
