/**
 * Report files a column links (PDF, Word), fetched by the batch run: a PDF is read with the same reader
 * as a PDF tab, loaded with the first one; Word files are not read in the browser (mammoth is far
 * larger than the whole extension), so their row says where to audit them.
 */
import { notAReport } from '../../core/audit/not-a-report';
import type { AttachmentReader } from './run-batch';

export const readAttachment: AttachmentReader = async (bytes, name) => {
  const { isPdf, readPdfBytes } = await import('../read-pdf-tab');
  if (isPdf(bytes)) return readPdfBytes(bytes, '');
  return notAReport(`「${name}」不是 PDF：Word 附件请下载后用命令行核对（npx govreport-audit 文件.docx）`);
};
