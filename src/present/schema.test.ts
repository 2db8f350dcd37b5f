/**
 * The JSON Schema of the report against the TypeScript types and the fixtures.
 *
 * Drift between schema/comparison-report.schema.json and src/core/model/report.ts
 * is caught three ways:
 * - the fixtures (typed as ComparisonReport) must validate;
 * - for every interface the test lists its property names in an object typed
 *   `Record<keyof T, true>`: the compiler rejects a missing or an extra name, and the
 *   test compares that list with the schema's `properties` and `required`;
 * - the fixtures must exercise every property of every schema object, and both the
 *   null and the non-null branch of every nullable property.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import type { EntityType, QuoteKind, Stance } from '../core/model/analysis.js';
import {
  SCHEMA_VERSION,
  type ActorFraming,
  type LabelComparison,
  type Voice,
  type BriefSentence,
  type ComparisonReport,
  type Conflict,
  type ConflictKind,
  type ConflictValue,
  type DiffOp,
  type Fact,
  type FactStatus,
  type NearMatch,
  type OutletFraming,
  type QuoteGroup,
  type ReportArticle,
  type ReportAttribution,
  type ReportEntity,
  type ReportQuote,
  type Statement,
  type StoryCheck,
} from '../core/model/report.js';
import { sampleReport, tinyEnglishReport } from './fixtures/sample-report.js';

type JsonSchema = {
  $id?: string;
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
};

const schemaPath = new URL('../../schema/comparison-report.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
const defs = schema.$defs ?? {};

function compile() {
  // ajv is CommonJS: under NodeNext the default import is the module object, whose
  // `default` is the class (it is the class itself at run time too).
  const ajv = new Ajv2020.default({ strict: true, allowUnionTypes: true, allErrors: true });
  return ajv.compile(schema);
}

const fixtures: [string, ComparisonReport][] = [
  ['sampleReport', sampleReport],
  ['tinyEnglishReport', tinyEnglishReport],
];

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe('comparison report schema', () => {
  it('compiles in strict mode and names its version', () => {
    compile();
    assert.ok(schema.$id?.endsWith(SCHEMA_VERSION), `$id ${schema.$id} should end with ${SCHEMA_VERSION}`);
  });

  for (const [name, report] of fixtures) {
    it(`accepts the ${name} fixture`, () => {
      const validate = compile();
      const ok = validate(report);
      assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('rejects a fact with an unknown status', () => {
    const report = clone(sampleReport) as unknown as { facts: { status: string }[] };
    report.facts[0]!.status = 'maybe';
    const validate = compile();
    assert.equal(validate(report), false);
    assert.ok(validate.errors?.some((e) => e.instancePath === '/facts/0/status'));
  });

  it('rejects a report without schemaVersion', () => {
    const report = clone(sampleReport) as Partial<ComparisonReport>;
    delete report.schemaVersion;
    const validate = compile();
    assert.equal(validate(report), false);
    assert.ok(validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'schemaVersion'));
  });

  it('rejects unknown properties, wrong stances and a conflict fact without conflicts', () => {
    const validate = compile();
    const extra = clone(sampleReport) as unknown as { articles: Record<string, unknown>[] };
    extra.articles[0]!.paywall = true;
    assert.equal(validate(extra), false);

    const stance = clone(sampleReport) as unknown as { quotes: { stance: string }[] };
    stance.quotes[0]!.stance = 'sarcastic';
    assert.equal(validate(stance), false);

    const empty = clone(sampleReport);
    const conflict = empty.facts.find((f) => f.status === 'conflict')!;
    conflict.conflicts = [];
    assert.equal(validate(empty), false);

    const nullOutlet = clone(sampleReport) as unknown as { articles: { outlet: string | null }[] };
    nullOutlet.articles[0]!.outlet = null;
    assert.equal(validate(nullOutlet), false);
  });

  it('2.0: rejects an uncertain fact without near matches, and 1.x facts, statements and conflicts', () => {
    const validate = compile();
    const uncertain = clone(sampleReport);
    const fact = uncertain.facts.find((f) => f.status === 'uncertain')!;
    assert.ok(fact.possiblyAlso.length > 0, 'the fixture has an uncertain fact with near matches');
    fact.possiblyAlso = [];
    assert.equal(validate(uncertain), false);
    assert.ok(validate.errors?.some((e) => e.instancePath.endsWith('/possiblyAlso') && e.keyword === 'minItems'));

    const noFirm = clone(sampleReport) as unknown as { facts: Partial<Fact>[] };
    delete noFirm.facts[0]!.firm;
    assert.equal(validate(noFirm), false);

    const noClause = clone(sampleReport) as unknown as { facts: { statements: Partial<Statement>[] }[] };
    delete noClause.facts[0]!.statements[0]!.clause;
    assert.equal(validate(noClause), false);

    const noUpdate = clone(sampleReport) as unknown as { facts: { conflicts: Partial<Conflict>[] }[] };
    delete noUpdate.facts.find((f) => f.conflicts.length > 0)!.conflicts[0]!.update;
    assert.equal(validate(noUpdate), false);

    const overconfident = clone(sampleReport);
    overconfident.facts.find((f) => f.possiblyAlso.length > 0)!.possiblyAlso[0]!.confidence = 1.2;
    assert.equal(validate(overconfident), false);
  });

  it('the fixtures hold what 2.0 adds: an uncertain fact, a tentative shared fact, an update, two statements of one article', () => {
    const facts = fixtures.flatMap(([, r]) => r.facts);
    assert.ok(facts.some((f) => f.status === 'uncertain' && f.possiblyAlso.length > 0));
    assert.ok(facts.some((f) => f.status === 'shared' && !f.firm));
    assert.ok(facts.some((f) => f.conflicts.some((c) => c.update)));
    assert.ok(facts.some((f) => f.conflicts.some((c) => !c.update)));
    assert.ok(facts.some((f) => f.statements.some((s) => s.clause)));
    assert.ok(facts.some((f) => new Set(f.statements.map((s) => s.article)).size < f.statements.length));
    for (const [, r] of fixtures) assert.equal(r.schemaVersion, SCHEMA_VERSION);
  });
});

// ── property names: the types and the schema list the same fields ───────────

/** The property names of T; the compiler insists on every one and no other. */
function keys<T>(record: Record<keyof T, true>): string[] {
  return Object.keys(record).sort();
}

/** Enum members of a string union; the compiler insists on every one and no other. */
function members<T extends string>(record: Record<T, true>): string[] {
  return Object.keys(record).sort();
}

const interfaces: Record<string, { keys: string[]; optional?: boolean }> = {
  ComparisonReport: {
    keys: keys<ComparisonReport>({
      schemaVersion: true,
      articles: true,
      story: true,
      facts: true,
      entities: true,
      quotes: true,
      quoteGroups: true,
      attributions: true,
      framing: true,
      labelComparison: true,
      brief: true,
      warnings: true,
    }),
  },
  ReportArticle: {
    keys: keys<ReportArticle>({
      id: true,
      title: true,
      outlet: true,
      language: true,
      languageSupported: true,
      published: true,
      url: true,
      author: true,
      source: true,
      provenance: true,
      sentences: true,
      syndicatedFrom: true,
    }),
  },
  StoryCheck: { keys: keys<StoryCheck>({ sameStory: true, similarity: true, outliers: true }) },
  Statement: { keys: keys<Statement>({ article: true, sentence: true, text: true, start: true, end: true, clause: true }) },
  NearMatch: {
    keys: keys<NearMatch>({ article: true, sentence: true, text: true, start: true, end: true, clause: true, confidence: true }),
  },
  ConflictValue: {
    keys: keys<ConflictValue>({ article: true, sentence: true, value: true, text: true, start: true, end: true }),
  },
  Conflict: { keys: keys<Conflict>({ kind: true, about: true, values: true, update: true }) },
  Fact: {
    keys: keys<Fact>({
      id: true,
      status: true,
      articles: true,
      outlets: true,
      statements: true,
      conflicts: true,
      confidence: true,
      firm: true,
      possiblyAlso: true,
    }),
  },
  ReportEntity: {
    keys: keys<ReportEntity>({
      id: true,
      name: true,
      type: true,
      aliases: true,
      mentions: true,
      omittedBy: true,
      institution: true,
      confident: true,
    }),
  },
  ReportQuote: {
    keys: keys<ReportQuote>({
      id: true,
      article: true,
      sentence: true,
      start: true,
      end: true,
      speaker: true,
      speakerName: true,
      text: true,
      kind: true,
      cue: true,
      stance: true,
      group: true,
    }),
  },
  DiffOp: { keys: keys<DiffOp>({ op: true, text: true }) },
  QuoteDiff: { keys: keys<QuoteGroup['diffs'][number]>({ from: true, to: true, ops: true }) },
  QuoteGroup: {
    keys: keys<QuoteGroup>({
      id: true,
      speaker: true,
      speakerName: true,
      quotes: true,
      articles: true,
      mixedKinds: true,
      wordingDiffers: true,
      diffs: true,
    }),
  },
  ReportAttribution: {
    keys: keys<ReportAttribution>({
      id: true,
      article: true,
      sentence: true,
      actor: true,
      actorName: true,
      cue: true,
      cueLemma: true,
      stance: true,
      hedges: true,
      start: true,
      end: true,
    }),
  },
  StanceCounts: { keys: keys<ActorFraming['stances']>(stanceRecord()), optional: true },
  ActorFraming: {
    keys: keys<ActorFraming>({ actor: true, actorName: true, stances: true, cues: true, hedges: true, labels: true, statements: true, neutralShare: true }),
  },
  SentenceWord: { keys: keys<OutletFraming['hedges'][number]>({ text: true, sentence: true, sentenceText: true }) },
  Voice: { keys: keys<Voice>({ actor: true, actorName: true, quotes: true, direct: true, words: true, share: true }) },
  LabelComparison: { keys: keys<LabelComparison>({ entity: true, name: true, labels: true }) },
  OutletFraming: {
    keys: keys<OutletFraming>({
      article: true,
      outlet: true,
      actors: true,
      hedges: true,
      loadedWords: true,
      lastWord: true,
      voices: true,
    }),
  },
  BriefSentence: { keys: keys<BriefSentence>({ text: true, facts: true, articles: true, outlets: true }) },
};

function stanceRecord(): Record<Stance, true> {
  return {
    neutral: true,
    distancing: true,
    contesting: true,
    conceding: true,
    emphatic: true,
    pressure: true,
    other: true,
  };
}

/** The inline `loadedWords` element type must stay the same as `hedges`' (both use SentenceWord). */
const loadedWordKeys = keys<OutletFraming['loadedWords'][number]>({ text: true, sentence: true, sentenceText: true });

function objectSchema(name: string): JsonSchema {
  const s = name === 'ComparisonReport' ? schema : defs[name];
  assert.ok(s, `schema has no $defs/${name}`);
  return s;
}

describe('schema and TypeScript types list the same fields', () => {
  for (const [name, spec] of Object.entries(interfaces)) {
    it(`${name}`, () => {
      const s = objectSchema(name);
      assert.equal(s.additionalProperties, false, `${name} must forbid additional properties`);
      assert.deepEqual(Object.keys(s.properties ?? {}).sort(), spec.keys, `${name}: properties`);
      const required = [...(s.required ?? [])].sort();
      assert.deepEqual(required, spec.optional ? [] : spec.keys, `${name}: required`);
    });
  }

  it('SentenceWord serves hedges and loadedWords alike', () => {
    assert.deepEqual(loadedWordKeys, interfaces.SentenceWord!.keys);
  });

  it('enums match the unions', () => {
    const enumOf = (s: JsonSchema | undefined) => [...((s?.enum ?? []) as string[])].sort();
    assert.deepEqual(enumOf(defs.Fact?.properties?.status), members<FactStatus>({ shared: true, exclusive: true, conflict: true, uncertain: true }));
    assert.deepEqual(
      enumOf(defs.Conflict?.properties?.kind),
      members<ConflictKind>({ number: true, date: true, time: true, place: true, actor: true, claim: true }),
    );
    assert.deepEqual(enumOf(defs.Stance), members<Stance>(stanceRecord()));
    assert.deepEqual(
      enumOf(defs.ReportEntity?.properties?.type),
      members<EntityType>({ person: true, place: true, organization: true, other: true }),
    );
    assert.deepEqual(
      enumOf(defs.ReportQuote?.properties?.kind),
      members<QuoteKind>({ direct: true, indirect: true, reported: true }),
    );
    assert.deepEqual(enumOf(defs.DiffOp?.properties?.op), members<DiffOp['op']>({ same: true, added: true, removed: true }));
  });
});

// ── fixture coverage: every field occurs, nullable ones both ways ────────────

type Seen = Map<string, Set<string>>;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function resolve(s: JsonSchema, owner: string): [JsonSchema, string] {
  if (s.$ref === undefined) return [s, owner];
  const name = s.$ref.replace('#/$defs/', '');
  const target = defs[name];
  assert.ok(target, `unresolved ${s.$ref}`);
  return [target, name];
}

/** Walks a value alongside its schema and records, per "Def.property", the JSON types seen. */
function walk(value: unknown, s: JsonSchema, owner: string, seen: Seen): void {
  const [node, name] = resolve(s, owner);
  if (Array.isArray(value)) {
    if (node.items) for (const item of value) walk(item, node.items, name, seen);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const prop = node.properties?.[key];
    if (prop) {
      const id = `${name}.${key}`;
      if (!seen.has(id)) seen.set(id, new Set());
      seen.get(id)!.add(jsonType(child));
      walk(child, prop, name, seen);
    } else if (typeof node.additionalProperties === 'object') {
      walk(child, node.additionalProperties, name, seen);
    }
  }
}

describe('fixtures exercise the whole schema', () => {
  const seen: Seen = new Map();
  for (const [, report] of fixtures) walk(report, schema, 'ComparisonReport', seen);

  const objects: [string, JsonSchema][] = [['ComparisonReport', schema], ...Object.entries(defs)];
  for (const [name, s] of objects) {
    if (!s.properties) continue;
    it(`every field of ${name} occurs`, () => {
      for (const [prop, propSchema] of Object.entries(s.properties ?? {})) {
        const types = seen.get(`${name}.${prop}`);
        assert.ok(types, `${name}.${prop} never occurs in the fixtures`);
        const declared = Array.isArray(propSchema.type) ? propSchema.type : [];
        if (declared.includes('null')) {
          assert.ok(types.has('null'), `${name}.${prop} is never null in the fixtures`);
          assert.ok([...types].some((t) => t !== 'null'), `${name}.${prop} is always null in the fixtures`);
        }
      }
    });
  }
});
