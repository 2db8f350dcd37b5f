import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateFromUrl, findDateInText, normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  it('keeps ISO dates and date-times, normalising the zone', () => {
    assert.equal(normaliseDate('2023-09-13'), '2023-09-13');
    assert.equal(normaliseDate('2023-09-13T10:15:00+0200'), '2023-09-13T10:15:00+02:00');
    assert.equal(normaliseDate('2023-09-13T10:15:00+02:00'), '2023-09-13T10:15:00+02:00');
    assert.equal(normaliseDate('2023-09-13 10:15'), '2023-09-13T10:15:00');
    assert.equal(normaliseDate('2023-09-13T08:15:00.123Z'), '2023-09-13T08:15:00.123Z');
    assert.equal(normaliseDate('2023-09-13T08:15:00 UTC'), '2023-09-13T08:15:00Z');
  });

  it('reads compact, epoch, RFC 2822 and written-out dates', () => {
    assert.equal(normaliseDate('20230913'), '2023-09-13');
    assert.equal(normaliseDate('1694600100'), '2023-09-13T10:15:00Z');
    assert.equal(normaliseDate('Wed, 13 Sep 2023 10:15:00 GMT'), '2023-09-13T10:15:00Z');
    assert.equal(normaliseDate('13.09.2023'), '2023-09-13');
    assert.equal(normaliseDate('Mittwoch, 13. September 2023, 10:15 Uhr'), '2023-09-13');
    assert.equal(normaliseDate('September 13, 2023'), '2023-09-13');
  });

  it('rejects what is not a real date', () => {
    assert.equal(normaliseDate('2023-02-30'), null);
    assert.equal(normaliseDate('2023-13-01'), null);
    assert.equal(normaliseDate('yesterday'), null);
    assert.equal(normaliseDate(''), null);
    assert.equal(normaliseDate('1850-01-01'), null);
  });
});

describe('dateFromUrl', () => {
  it('finds /YYYY/MM/DD/ and YYYY-MM-DD in the path', () => {
    assert.equal(dateFromUrl('https://x.example/politik/2023/09/13/slug.html'), '2023-09-13');
    assert.equal(dateFromUrl('https://x.example/news/2023-09-13-slug'), '2023-09-13');
    assert.equal(dateFromUrl('https://x.example/a/20230913/slug'), '2023-09-13');
  });
  it('ignores numbers that are not dates and the query string', () => {
    assert.equal(dateFromUrl('https://x.example/article/123456789'), null);
    assert.equal(dateFromUrl('https://x.example/a?d=2023-09-13'), null);
    assert.equal(dateFromUrl('https://x.example/2023/19/45/x'), null);
    assert.equal(dateFromUrl('not a url'), null);
  });
});

describe('findDateInText', () => {
  it('finds German and English written dates', () => {
    assert.equal(findDateInText('Berlin, 13. September 2023 – Die')?.date, '2023-09-13');
    assert.equal(findDateInText('am 3. März 2024 um 10 Uhr')?.date, '2024-03-03');
    assert.equal(findDateInText('Stand: 13.09.2023, 10:15 Uhr')?.date, '2023-09-13');
    assert.equal(findDateInText('Published September 13, 2023 at 9am')?.date, '2023-09-13');
    assert.equal(findDateInText('Updated 13 Sept 2023')?.date, '2023-09-13');
  });
  it('returns the earliest date and its position', () => {
    const found = findDateInText('Erschienen 01.02.2023, aktualisiert 13. September 2023');
    assert.deepEqual(found, { date: '2023-02-01', index: 11, length: 10 });
  });
  it('does not take versions or scores for dates', () => {
    assert.equal(findDateInText('Version 1.2.3 und 32.13.2023 und 2023.09.13'), null);
    assert.equal(findDateInText('Es gab 13 Tote und 2023 Verletzte'), null);
  });
});
