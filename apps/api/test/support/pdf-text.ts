import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF as a reader's copy-and-paste or search finds it, extracted with poppler's pdftotext
 * (Debian's poppler-utils, installed by .ci/run). Chromium compresses its content streams and writes
 * glyph ids, so the raw bytes are no guide; the extracted text is what "searchable" means.
 */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), '-', '-'], {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: install it with apt-get install -y poppler-utils (.ci/run does)', { cause: error });
    throw error;
  }
}

/** The number of pages, from pdfinfo (poppler-utils). */
export function pdfPages(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}
