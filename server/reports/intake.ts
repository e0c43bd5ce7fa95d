/**
 * A report handed in, read into paragraphs: checked (text, not empty, not
 * too long), HTML reduced to its article, Markdown to its words, then
 * analysed for furniture and for what it prints of itself. The same text as
 * a stored report is found by its digest, before and after furniture is dropped.
 */
import type { ReportInput, ReportPreview } from '../../contract/index.js';
import { analyseReport } from '../../core/reports/analyse.js';
import {
  checkInput,
  checkParagraphs,
  formatOf,
  InputProblem,
  markdownParagraphs,
  type InputFormat,
} from '../../core/reports/input.js';
import { reportParagraphs } from '../../core/reports/text.js';
import { ident } from '../../core/dataset/profile.js';
import { ApiError } from '../errors.js';
import type { GraphContext } from '../graph/context.js';
import { readOptionalString } from '../neo4j/decode.js';
import { textDigest } from './digest.js';
import { extractArticle } from './html.js';

export interface ReadReport {
  format: InputFormat;
  paragraphs: string[];
  title: string | null;
  siteName: string | null;
}

export function toApiProblem(problem: InputProblem): ApiError {
  switch (problem.kind) {
    case 'too-large':
      return new ApiError('PAYLOAD_TOO_LARGE', problem.message);
    case 'binary':
    case 'unknown-type':
      return new ApiError('UNSUPPORTED_ENCODING', problem.message);
    default:
      return new ApiError('INVALID_INPUT', problem.message);
  }
}

function readUnchecked(input: ReportInput): ReadReport {
  checkInput(input.content);
  const format = formatOf(input.content, input.fileName);
  if (format === 'html') {
    const page = extractArticle(input.content);
    return { format, paragraphs: page.paragraphs, title: page.title, siteName: page.siteName };
  }
  const paragraphs =
    format === 'markdown' ? markdownParagraphs(input.content) : reportParagraphs(input.content);
  return { format, paragraphs, title: null, siteName: null };
}

/** The report's paragraphs, or the input's problem as the API's error. */
export function readReport(input: ReportInput): ReadReport {
  try {
    const read = readUnchecked(input);
    checkParagraphs(read.paragraphs);
    return read;
  } catch (error) {
    throw error instanceof InputProblem ? toApiProblem(error) : error;
  }
}

/** A stored report whose text (as stored, or as first handed in) has one of these digests. */
export async function findDuplicate(
  ctx: GraphContext,
  digests: string[],
): Promise<{ id: string; name: string; link: string } | null> {
  const { records } = await ctx.read(
    `MATCH (s:${ident(ctx.profile.sourceLabel)})
     WHERE s._textDigest IN $digests OR s._rawDigest IN $digests
     RETURN s.id AS id, toString(coalesce(s.name, s.id)) AS name ORDER BY s.id LIMIT 1`,
    { digests },
  );
  const id = readOptionalString(records[0], 'id');
  if (id === null) return null;
  return {
    id,
    name: readOptionalString(records[0], 'name') ?? id,
    link: `/api/reports/${encodeURIComponent(id)}`,
  };
}

export async function previewReport(ctx: GraphContext, input: ReportInput): Promise<ReportPreview> {
  const read = readReport(input);
  const analysis = analyseReport(read.paragraphs, read.title);
  const kept = read.paragraphs.filter(
    (_, i) => !analysis.furniture.some((f) => f.paragraph === i + 1),
  );
  const digests = [textDigest(read.paragraphs), ...(kept.length > 0 ? [textDigest(kept)] : [])];
  return {
    format: read.format,
    paragraphs: read.paragraphs.map((text, i) => ({ n: i + 1, text })),
    furniture: analysis.furniture,
    suggested: { ...analysis.suggested, outlet: read.siteName },
    duplicateOf: await findDuplicate(ctx, digests),
  };
}
