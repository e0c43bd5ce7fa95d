// npm run export:cypher -- <folder> [--since=YYYY-MM-DD]
// Writes the graph in the configured Neo4j as a dataset folder (ontology.json
// and the scripts) that `npm run seed -- <folder>` loads back, or with
// --since one script of what changed since that day. The folder must be
// new or empty: an export never overwrites other files.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IsoDate } from '../../contract/index.js';
import { readConfig } from '../config.js';
import { runCli } from '../cli-run.js';
import { readProfile } from '../loader/manifest.js';
import { openDatabase } from '../neo4j/connect.js';
import { exportChangesSince, exportGraph } from './export.js';

const USAGE = 'Usage: npm run export:cypher -- <new or empty folder> [--since=YYYY-MM-DD]';

async function main(argv: string[]): Promise<number> {
  const since = argv.find((a) => a.startsWith('--since='))?.slice('--since='.length);
  const folder = argv.find((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && !a.startsWith('--since='));
  if (!folder || unknown.length > 0) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}. ${USAGE}` : USAGE);
    return 2;
  }
  if (since !== undefined && !IsoDate.safeParse(since).success) {
    console.error(`--since takes a day as YYYY-MM-DD, e.g. 2026-03-01 (got "${since}").`);
    return 2;
  }
  const dir = path.resolve(folder);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(`${folder} is not empty: give a new or empty folder, so no file is overwritten.`);
    return 2;
  }
  const config = readConfig();
  const profile = readProfile(config.seed.dir);
  const db = await openDatabase(config.neo4j, (m) => console.log(m));
  try {
    const out = since
      ? await exportChangesSince(db.driver, db.database, profile, since)
      : await exportGraph(db.driver, db.database, profile);
    mkdirSync(dir, { recursive: true });
    for (const f of out.files) writeFileSync(path.join(dir, f.name), f.content);
    console.log(
      `Wrote ${out.files.map((f) => f.name).join(', ')} to ${folder}: ${out.nodes} nodes, ${out.relationships} relationships, graph checksum ${out.checksum}.`,
    );
    if (!since) console.log(`Load it with: npm run seed -- ${folder}`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli(main);
