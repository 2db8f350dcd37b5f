import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareInputs } from '../../../pipeline.js';
import type { ArticleInput } from '../../model/article.js';

// Our own two reports of one storm. Both have a sentence "Dabei sei … verletzt worden.", about different things.
const article = (outlet: string, body: string): ArticleInput => ({ title: 'Sturm über der Küste', body, outlet, language: 'de', published: '2024-03-02T10:00:00Z', url: null, author: null, provenance: {}, source: `${outlet}.txt` });

const first = article(
  'Küstenbote',
  'Ein schwerer Sturm hat in der Nacht die Nordseeküste getroffen. In Husum stürzte ein Baum auf ein fahrendes Auto. Dabei sei ein Mädchen verletzt worden. Die Feuerwehr war mit 200 Kräften im Einsatz.',
);
const second = article(
  'Nordkurier',
  'Ein schwerer Sturm hat in der Nacht die Nordseeküste getroffen. Auf Sylt wurden mehrere Strandkörbe ins Meer gerissen. Dabei sei niemand verletzt worden. Die Feuerwehr rückte mit 200 Kräften aus.',
);

test('two sentences that point back to different things are no conflict: "Dabei sei ein Mädchen / niemand verletzt worden"', () => {
  const r = compareInputs([first, second]);
  const claims = r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'claim');
  assert.deepEqual(claims, []);
  const together = r.facts.find((f) => f.statements.some((s) => s.text.includes('ein Mädchen')) && f.statements.some((s) => s.text.includes('niemand')));
  assert.ok(!together || together.status !== 'shared' || together.confidence < 0.6, JSON.stringify(together));
});

test('when what they point back to matches, the two are compared as they stand', () => {
  const same = article('Nordkurier', 'Ein schwerer Sturm hat in der Nacht die Nordseeküste getroffen. In Husum stürzte ein Baum auf ein fahrendes Auto. Dabei sei niemand verletzt worden. Die Feuerwehr rückte mit 200 Kräften aus.');
  const r = compareInputs([first, same]);
  const claims = r.facts.flatMap((f) => f.conflicts).filter((c) => c.kind === 'claim');
  assert.equal(claims.length, 1, JSON.stringify(r.facts.map((f) => [f.status, f.statements.map((s) => s.text)])));
});
