/**
 * NeuS reader: a `.source` file, one story per line, three outlet versions
 * joined by "[SEP]", each "TITLE=> … ARTICLE=> …". No dates and no outlet
 * names: replayed in file order. Split (for training on train.source): lines
 * before NEUS_TRAIN_LINES train, the rest test; a file given for evaluation
 * only (val.source) is all test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../../ingest/errors.js';
import { goldInput, type GoldArticle } from './gold.js';

export const NEUS_TRAIN_LINES = 1200;

export function readNeus(file: string): GoldArticle[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const trainFile = basename(file).startsWith('train');
  const out: GoldArticle[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.split('[SEP]');
    parts.forEach((part, j) => {
      const m = /^\s*TITLE=>(.*?)ARTICLE=>(.*)$/s.exec(part);
      const title = m ? m[1]!.trim() : null;
      const body = (m ? m[2]! : part).trim();
      if (!body && !title) return;
      out.push({
        input: goldInput(`${basename(file)}:${i + 1}:${j + 1}`, { title: title || null, body, language: 'en' }),
        story: `line-${i + 1}`,
        split: trainFile && i < NEUS_TRAIN_LINES ? 'train' : 'test',
      });
    });
  });
  if (!out.length) throw new InputError(file, `no NeuS stories (expected lines of "TITLE=> … ARTICLE=> …" joined by [SEP])`);
  return out;
}
