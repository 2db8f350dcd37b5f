import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateEnglishNer, titleCase } from './ner-en.js';

test('English recognition is scored on MEANTIME-format files', () => {
  // Our own two sentences in the MEANTIME export layout.
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ner-en-'));
  const rows = [
    ['d/1', 0, ['Mayor', 'Linda', 'Carver', 'visited', 'Riverton', 'on', 'Tuesday', '.']],
    ['d/1', 1, ['The', 'Harbor', 'Authority', 'said', 'repairs', 'would', 'start', 'soon', '.']],
    ['d/1', 2, ['The', 'mayor', ',', 'Linda', 'Carver', ',', 'said', 'Riverton', 'would', 'pay', '.']],
  ] as const;
  const conll = ['#begin document (d/1); part 000']
    .concat(rows.flatMap(([doc, s, toks]) => [...toks.map((t, i) => `${doc}\t${s}\t${i}\t${t}\t-`), '']))
    .concat(['#end document'])
    .join('\n');
  writeFileSync(join(dir, 'meantime.conll'), conll);
  const mention = (sent: number, tokens: number[], type: string) => ({
    conll_doc_key: 'd/1',
    sent_id: sent,
    tokens_number: tokens,
    mention_type: type,
    mention_head_pos: 'PROPN',
  });
  writeFileSync(join(dir, 'entities_mentions.json'), JSON.stringify([mention(0, [1, 2], 'PER'), mention(1, [1, 2], 'ORG'), mention(0, [4], 'LOC')]));
  const r = evaluateEnglishNer(dir);
  assert.equal(r.articles, 1);
  assert.equal(r.goldNames, 3);
  assert.equal(r.byType.PER?.typedRecall, 1, 'Linda Carver is a person');
  assert.equal(r.byType.ORG?.typedRecall, 1, 'Harbor Authority is an organisation');
  assert.equal(r.recall, 1);
  assert.ok(r.precision > 0.5);
  // The first sentence again, as a title-case headline: "Mayor Linda Carver Visited Riverton on Tuesday."
  assert.equal(r.titleCase.headlines, 1);
  assert.equal(r.titleCase.goldNames, 2);
  assert.equal(r.titleCase.mentions, 2);
  assert.equal(r.titleCase.fragments, 0);
});

test('title case capitalises all but short function words and keeps words written with capitals', () => {
  assert.equal(titleCase('the mayor of Riverton unveils a new iPhone plan'), 'The Mayor of Riverton Unveils a New iPhone Plan');
});
