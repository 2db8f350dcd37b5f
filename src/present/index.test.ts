import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleReport, tinyEnglishReport } from './fixtures/sample-report.js';
import { OUTPUT_FORMATS, isOutputFormat, renderReport } from './index.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

describe('renderReport', () => {
  it('json is the report itself, pretty-printed, with a final newline', () => {
    const json = renderReport(sampleReport, 'json', { color: false });
    assert.equal(json, `${JSON.stringify(sampleReport, null, 2)}\n`);
    assert.deepEqual(JSON.parse(json), sampleReport);
  });

  it('dispatches to the presenters', () => {
    assert.equal(renderReport(sampleReport, 'text', { color: false }), renderText(sampleReport, { color: false }));
    assert.equal(renderReport(sampleReport, 'text', { color: true, width: 72 }), renderText(sampleReport, { color: true, width: 72 }));
    assert.equal(renderReport(tinyEnglishReport, 'md', { color: true }), renderMarkdown(tinyEnglishReport));
    assert.equal(renderReport(tinyEnglishReport, 'html', { color: true }), renderHtml(tinyEnglishReport));
  });

  it('colour only affects the text format', () => {
    for (const format of OUTPUT_FORMATS) {
      const colored = renderReport(sampleReport, format, { color: true });
      const plain = renderReport(sampleReport, format, { color: false });
      assert.ok(colored.endsWith('\n'));
      if (format === 'text') assert.notEqual(colored, plain);
      else assert.equal(colored, plain);
    }
  });

  it('isOutputFormat', () => {
    assert.ok(isOutputFormat('md'));
    assert.ok(!isOutputFormat('markdown'));
  });
});
