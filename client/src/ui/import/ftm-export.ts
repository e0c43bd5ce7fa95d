// The selection as FollowTheMoney entities (JSON lines): the server maps the
// nodes, their sources and the links among them to FtM schemata and names
// the kinds none fits, which the notice repeats.
import { FtmExport } from '../../../../contract/index.js';
import { get } from '../../api/reports.js';
import { download } from '../dom.js';

export async function selectionAsFtm(selected: string[]): Promise<string> {
  const nodes = selected.filter((id) => !id.includes('|'));
  if (nodes.length === 0) return 'Select one or more nodes first.';
  const { entities, unmapped } = await get(
    `/api/export/ftm?ids=${encodeURIComponent(nodes.join(','))}`,
    FtmExport,
  );
  const text = entities.map((e) => JSON.stringify(e)).join('\n');
  download(
    `selection-${new Date().toISOString().slice(0, 10)}.ftm.json`,
    `${text}\n`,
    'application/json',
  );
  const left = unmapped.length ? `; no FtM schema for ${unmapped.join(', ')}` : '';
  return `Wrote ${entities.length} FollowTheMoney entities${left}.`;
}
