import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeFingerprint, encodeFingerprint, estimateJaccard, fingerprint, SyndicationIndex } from './index.js';

// A wire report of our own making, two outlets' edits of it, and an independent report of the same event.
const WIRE = `Die Stadtwerke setzen ab Montag eine zweite Fähre zwischen der Altstadt und dem Hafen ein. Das neue Schiff bietet Platz für 180 Fahrgäste und 20 Fahrräder, wie ein Sprecher am Dienstag mitteilte.
Die Fähre soll im Takt von 20 Minuten verkehren, in den Abendstunden alle 40 Minuten. Eine einfache Fahrt kostet zwei Euro, mit der Monatskarte des Verkehrsverbunds ist sie kostenlos.
Bislang mussten Pendler an Werktagen oft eine halbe Stunde am Anleger warten. Die Stadtwerke rechnen mit rund 1200 Fahrgästen am Tag und wollen die Verbindung zunächst bis Ende Oktober testen.
Der Kauf des gebrauchten Schiffes aus den Niederlanden kostete nach Angaben des Unternehmens 1,4 Millionen Euro. Ein Teil davon stammt aus einem Förderprogramm des Landes für klimafreundlichen Nahverkehr.`;

const EDITED = `HAFEN. ${WIRE.replace('wie ein Sprecher am Dienstag mitteilte', 'teilte ein Sprecher am Dienstag mit').replace('Bislang mussten Pendler an Werktagen oft eine halbe Stunde am Anleger warten.', 'Bisher warteten Pendler werktags oft lange am Anleger.')}\nMehr dazu lesen Sie in unserer Mittwochsausgabe.`;

const CUT = WIRE.split('\n').slice(0, 3).join('\n');

const OWN = `Pendler zwischen Altstadt und Hafen können aufatmen: Von Montag an verkehrt ein zweites Schiff über den Fluss. Unsere Reporterin hat die erste Probefahrt begleitet.
Der Kapitän, der seit zwölf Jahren für die Stadtwerke fährt, zeigt sich zufrieden mit dem Neuzugang aus den Niederlanden. Platz gebe es genug, auch für Fahrräder.
Am Anleger in der Altstadt hingen am Dienstag noch die alten Fahrpläne. Die neuen Zeiten sollen bis zum Wochenende ausgehängt werden, hieß es im Kundenzentrum.
Kritik kommt von der Opposition im Stadtrat: Das Geld für das Schiff wäre in einer neuen Brücke besser angelegt gewesen, sagte deren Fraktionschefin.`;

describe('syndication fingerprints', () => {
  it('links an edited and a cut copy of the wire text, not an independent report on the same event', () => {
    const index = new SyndicationIndex();
    assert.deepEqual(index.add('wire', fingerprint(WIRE)), []);
    const edited = index.add('edited', fingerprint(EDITED));
    assert.deepEqual(edited.map((m) => m.id), ['wire']);
    assert.ok(edited[0]!.jaccard > 0.5, `jaccard ${edited[0]!.jaccard}`);
    const cut = index.add('cut', fingerprint(CUT));
    assert.ok(cut.some((m) => m.id === 'wire'));
    assert.ok(cut.find((m) => m.id === 'wire')!.containment >= 0.8);
    assert.deepEqual(index.add('own', fingerprint(OWN)), []);
    assert.deepEqual(index.groups(), [['wire', 'edited', 'cut']]);
    assert.deepEqual(index.groupOf('own'), ['own']);
    assert.deepEqual(index.groupOf('cut'), ['wire', 'edited', 'cut']);
  });

  it('ignores texts too short to tell', () => {
    const index = new SyndicationIndex();
    const headline = fingerprint('Zweite Fähre startet am Montag');
    assert.deepEqual(index.add('a', headline), []);
    assert.deepEqual(index.add('b', headline), []);
    assert.deepEqual(index.groups(), []);
  });

  it('survives storage as a string', () => {
    const fp = fingerprint(WIRE);
    const back = decodeFingerprint(encodeFingerprint(fp));
    assert.equal(back.shingles, fp.shingles);
    assert.deepEqual([...back.signature], [...fp.signature]);
    assert.throws(() => decodeFingerprint('nonsense'), /not a syndication fingerprint/);
  });

  it('a removed text is no longer found', () => {
    const index = new SyndicationIndex();
    index.add('wire', fingerprint(WIRE));
    assert.equal(index.remove('wire'), true);
    assert.deepEqual(index.query(fingerprint(EDITED)), []);
    assert.equal(index.size, 0);
  });
});

// Property tests over generated texts: words from a large made-up vocabulary.
const syllables = ['ka', 'ro', 'mi', 'ten', 'sul', 'ber', 'an', 'do', 'fe', 'lin', 'gar', 'us', 'pe', 'wo', 'ist', 'rel'];
const word = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const text = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });

describe('syndication properties', () => {
  it('identical texts of 30 words or more always match, with similarity 1', () => {
    fc.assert(
      fc.property(text(30, 300), (words) => {
        const t = words.join(' ');
        const index = new SyndicationIndex();
        index.add('a', fingerprint(t));
        const m = index.add('b', fingerprint(t));
        if (fingerprint(t).shingles < 20) return; // a text repeating itself may have few distinct shingles
        assert.deepEqual(m.map((x) => [x.id, x.jaccard]), [['a', 1]]);
      }),
      { numRuns: 60 },
    );
  });

  it('texts written independently never match', () => {
    fc.assert(
      fc.property(text(40, 300), text(40, 300), (a, b) => {
        const index = new SyndicationIndex();
        index.add('a', fingerprint(a.join(' ')));
        assert.deepEqual(index.add('b', fingerprint(b.join(' '))), []);
      }),
      { numRuns: 60 },
    );
  });

  it('a copy with up to 3 % of its words replaced still matches', () => {
    fc.assert(
      fc.property(text(200, 400), fc.array(fc.tuple(fc.nat(), word), { maxLength: 6 }), (words, edits) => {
        const copy = [...words];
        for (const [at, w] of edits) copy[at % copy.length] = `${w}x`;
        const index = new SyndicationIndex();
        index.add('a', fingerprint(words.join(' ')));
        assert.deepEqual(index.add('b', fingerprint(copy.join(' '))).map((m) => m.id), ['a']);
      }),
      { numRuns: 60 },
    );
  });

  it('a copy cut to its first 70 % still matches', () => {
    fc.assert(
      fc.property(text(150, 400), (words) => {
        const index = new SyndicationIndex();
        index.add('a', fingerprint(words.join(' ')));
        const cut = words.slice(0, Math.ceil(words.length * 0.7)).join(' ');
        assert.deepEqual(index.add('b', fingerprint(cut)).map((m) => m.id), ['a']);
      }),
      { numRuns: 60 },
    );
  });

  it('the Jaccard estimate is symmetric', () => {
    fc.assert(
      fc.property(text(1, 80), text(1, 80), (a, b) => {
        const fa = fingerprint(a.join(' '));
        const fb = fingerprint(b.join(' '));
        assert.equal(estimateJaccard(fa, fb), estimateJaccard(fb, fa));
      }),
      { numRuns: 50 },
    );
  });
});
