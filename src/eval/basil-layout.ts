/**
 * BASIL articles laid out as one text: an optional headline as the first paragraph,
 * then the body paragraphs joined by blank lines, a paragraph's sentences by a space;
 * and BASIL's phrase offsets, which are within a sentence they do not name, placed in it.
 */
export interface BasilLayout {
  text: string;
  /** Where the body starts (0 without a headline). */
  bodyStart: number;
  /** Start offset and text of every body sentence. */
  sentences: { start: number; text: string }[];
}

export function layOutBasil(paragraphs: readonly (readonly string[])[], title: string | null = null): BasilLayout {
  let text = title ?? '';
  const bodyStart = title ? title.length + 2 : 0;
  const sentences: { start: number; text: string }[] = [];
  for (const para of paragraphs) {
    if (text) text += '\n\n';
    para.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ start: text.length, text: s });
      text += s;
    });
  }
  return { text, bodyStart, sentences };
}

/**
 * Where an annotated phrase starts in the text: in the sentence whose characters at
 * its offsets equal its text, else its first occurrence in the body; -1 when absent.
 */
export function placePhrase(layout: BasilLayout, p: { start: number; end: number; txt: string }): number {
  const s = layout.sentences.find((x) => x.text.slice(p.start, p.end) === p.txt);
  return s ? s.start + p.start : layout.text.indexOf(p.txt, layout.bodyStart);
}
