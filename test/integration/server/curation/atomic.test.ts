// A publish is one transaction: when anything fails after the first write,
// the graph is as it was (no half-written merge, no record without its change).
import { describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../../support/db.js';
import { useTestApp } from '../../../support/app.js';
import { writeTransition } from '../../../../server/curation/graph-state.js';
import { writeTransaction } from '../../../../server/neo4j/write.js';

const t = useTestApp();

describe('a publish that fails halfway', () => {
  it('leaves nothing written when the transaction fails after its first writes', async () => {
    const before = await graphFingerprint(t.driver);
    const made = {
      nodes: [{ id: 'atomic:a', labels: ['Company'], props: { name: 'Half' } }],
      rels: [{ from: 'atomic:a', type: 'SUPPLIES', to: 'atomic:missing', props: {} }],
    };
    // The node is written, then the link to a node that does not exist fails the transaction.
    await expect(
      writeTransaction(t.driver, undefined, (run) =>
        writeTransition(run, { nodes: [], rels: [] }, made),
      ),
    ).rejects.toThrow(/could not be written/);
    expect(await graphFingerprint(t.driver)).toBe(before);
    const { records } = await t.driver.executeQuery(
      "MATCH (n {id: 'atomic:a'}) RETURN count(n) AS n",
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('keeps a DATE a DATE through a snapshot written back', async () => {
    await writeTransaction(t.driver, undefined, (run) =>
      writeTransition(
        run,
        { nodes: [], rels: [] },
        {
          nodes: [
            {
              id: 'atomic:e',
              labels: ['Event'],
              props: { name: 'Dated', date: { $date: '2025-04-04' } },
            },
          ],
          rels: [],
        },
      ),
    );
    try {
      const { records } = await t.driver.executeQuery(
        "MATCH (n {id: 'atomic:e'}) RETURN valueType(n.date) AS type, toString(n.date) AS date",
      );
      expect(records[0]?.get('type')).toMatch(/^DATE/);
      expect(records[0]?.get('date')).toBe('2025-04-04');
    } finally {
      await t.driver.executeQuery("MATCH (n {id: 'atomic:e'}) DETACH DELETE n");
    }
  });
});
