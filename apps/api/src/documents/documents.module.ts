import { Module } from '@nestjs/common';
import { PdfPrinter } from './pdf-printer';

/** Printing documents (HTML → PDF) with the one browser this process keeps. */
@Module({
  providers: [PdfPrinter],
  exports: [PdfPrinter],
})
export class DocumentsModule {}
