/**
 * Saving a report an editor added: its kept paragraphs (the furniture the
 * editor dropped left out), the details the editor checked, who added it
 * and when, and the digests by which it is known again. A report holding the
 * same text as a stored one is refused with a link to that one; a unique
 * constraint on the digest settles two saves of one text at the same moment.
 */
import { createHash } from 'node:crypto';
import type { ReportCreate, ReportSummary, User } from '../../contract/index.js';
import { keepParagraphs } from '../../core/reports/analyse.js';
import { checkParagraphs, InputProblem } from '../../core/reports/input.js';
import { ident } from '../../core/dataset/profile.js';
import { ApiError } from '../errors.js';
import type { GraphContext } from '../graph/context.js';
import { reportDetail } from '../graph/reports.js';
import { runQuery } from '../neo4j/execute.js';
import { writeTransaction } from '../neo4j/write.js';
import { textDigest } from './digest.js';
import { findDuplicate, readReport, toApiProblem } from './intake.js';

const constraints = new WeakMap<object, Promise<unknown>>();

/** The digest's uniqueness, made once per database the app writes to. */
function digestConstraint(ctx: GraphContext): Promise<unknown> {
  const made =
    constraints.get(ctx.driver) ??
    runQuery(
      ctx.driver,
      `CREATE CONSTRAINT report_text_digest IF NOT EXISTS
       FOR (s:${ident(ctx.profile.sourceLabel)}) REQUIRE s._textDigest IS UNIQUE`,
      {},
      { database: ctx.database },
    );
  constraints.set(ctx.driver, made);
  made.catch(() => constraints.delete(ctx.driver));
  return made;
}

function duplicateError(found: { id: string; name: string; link: string }): ApiError {
  return new ApiError(
    'CONFLICT',
    `This text is already stored as report ${found.id} ("${found.name}"). Open it there rather than adding it again.`,
    { duplicateOf: found },
  );
}

const isConstraintFailure = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export async function saveReport(
  ctx: GraphContext,
  input: ReportCreate,
  user: User,
): Promise<{ report: ReportSummary }> {
  const read = readReport(input);
  const kept = keepParagraphs(read.paragraphs, input.drop);
  try {
    checkParagraphs(kept);
  } catch (error) {
    throw error instanceof InputProblem ? toApiProblem(error) : error;
  }
  const digest = textDigest(kept);
  const rawDigest = textDigest(read.paragraphs);
  const before = await findDuplicate(ctx, [digest, rawDigest]);
  if (before) throw duplicateError(before);
  await digestConstraint(ctx);
  const id = `src:${createHash('sha256').update(digest).digest('hex').slice(0, 12)}`;
  const headline = input.headline ?? null;
  try {
    await writeTransaction(ctx.driver, ctx.database, (run) =>
      run(
        `CREATE (s:${ident(ctx.profile.sourceLabel)} {id: $id})
         SET s += $props, s.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END,
             s._addedAt = datetime()`,
        {
          id,
          date: input.date,
          props: {
            name: input.name ?? headline ?? kept[0]?.slice(0, 120) ?? id,
            outlet: input.outlet,
            headline,
            headlinePrinted: headline !== null,
            url: input.url,
            datePrinted: input.datePrinted,
            datePrecision: input.date === null ? null : input.datePrecision,
            dateInferred: input.dateInferred,
            dateInferredFrom: input.dateInferred ? input.dateInferredFrom : null,
            aliases: [],
            _paragraphs: kept,
            _textDigest: digest,
            _rawDigest: rawDigest,
            _addedBy: user.name,
            _format: read.format,
            _fileName: input.fileName ?? null,
          },
        },
      ),
    );
  } catch (error) {
    if (!isConstraintFailure(error)) throw error;
    const found = await findDuplicate(ctx, [digest, rawDigest]);
    if (found) throw duplicateError(found);
    throw error;
  }
  return { report: (await reportDetail(ctx, id)).report };
}
