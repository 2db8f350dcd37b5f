/**
 * Schema migrations of the PostgreSQL store, applied in order on open (see
 * ./migrate.ts): each entry moves the schema one version up; the table
 * parallax_schema records where a database is. Never edit a released
 * migration: add a new one.
 *
 * Objects are created in the connection's current schema (the first of its
 * search_path), so one database can hold several stores, one per schema.
 * The extensions unaccent and pg_trgm exist once per database, in whatever
 * schema they were installed; their objects are named through that schema.
 */

/** Where the extensions' objects live, as quoted identifiers. */
export interface ExtensionSchemas {
  unaccent: string;
  trgm: string;
}

/** Articles are indexed for full-text search on their first this many characters: a tsvector holds at most 1 MB, which 500,000 characters of all-different words stay under (1,000,000 do not). */
export const INDEXED_CHARS = 500_000;

/** The text search configuration of each language with a stemmer; other languages use parallax_simple. */
export const TS_CONFIGS: Readonly<Record<string, string>> = { de: 'parallax_german', en: 'parallax_english' };
export const TS_FALLBACK = 'parallax_simple';

/** The configuration for an article's language, as an SQL expression over `column`. */
export function configFor(column: string): string {
  const cases = Object.entries(TS_CONFIGS).map(([lang, cfg]) => `WHEN '${lang}' THEN '${cfg}'::regconfig`);
  return `(CASE ${column} ${cases.join(' ')} ELSE '${TS_FALLBACK}'::regconfig END)`;
}

function searchVector(): string {
  // Literal configuration names become fixed OIDs when the column is created: inserts need no search_path.
  const vector = (cfg: string) =>
    `setweight(to_tsvector('${cfg}'::regconfig, coalesce(title, '')), 'A') || to_tsvector('${cfg}'::regconfig, left(text, ${INDEXED_CHARS}))`;
  const cases = Object.entries(TS_CONFIGS).map(([lang, cfg]) => `WHEN '${lang}' THEN ${vector(cfg)}`);
  return `CASE language ${cases.join(' ')} ELSE ${vector(TS_FALLBACK)} END`;
}

export const MIGRATIONS: readonly ((ext: ExtensionSchemas) => string)[] = [
  (ext) => `
  -- Search configurations: accents folded (unaccent) before each language's stemmer.
  CREATE TEXT SEARCH CONFIGURATION parallax_german (COPY = pg_catalog.german);
  ALTER TEXT SEARCH CONFIGURATION parallax_german ALTER MAPPING FOR hword, hword_part, word WITH ${ext.unaccent}.unaccent, german_stem;
  CREATE TEXT SEARCH CONFIGURATION parallax_english (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION parallax_english ALTER MAPPING FOR hword, hword_part, word WITH ${ext.unaccent}.unaccent, english_stem;
  CREATE TEXT SEARCH CONFIGURATION ${TS_FALLBACK} (COPY = pg_catalog.simple);
  ALTER TEXT SEARCH CONFIGURATION ${TS_FALLBACK} ALTER MAPPING FOR hword, hword_part, word WITH ${ext.unaccent}.unaccent, simple;

  -- Names folded for entity search (lower case, no accents). unaccent() alone is only STABLE (it reads
  -- its dictionary by name); with the dictionary named explicitly the result never changes: IMMUTABLE, indexable.
  CREATE FUNCTION parallax_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(${ext.unaccent}.unaccent('${ext.unaccent}.unaccent'::regdictionary, value)) $$;

  -- 'seq': the last article seq (its row lock serialises article writes, so seqs commit in order);
  -- 'changes': bumped by every write transaction (the change mark).
  CREATE TABLE parallax_counters (name text PRIMARY KEY, value bigint NOT NULL);
  INSERT INTO parallax_counters (name, value) VALUES ('seq', 0), ('changes', 0);

  CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);

  CREATE TABLE articles (
    seq bigint PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    source text NOT NULL,
    url text,
    outlet text COLLATE "C" NOT NULL,
    title text,
    language text COLLATE "C" NOT NULL,
    published text COLLATE "C",
    author text,
    ingested_at text NOT NULL,
    story_id text COLLATE "C",
    syndicated_from text COLLATE "C",
    words integer NOT NULL,
    text text NOT NULL,
    analysis bytea NOT NULL,
    fingerprint text,
    search tsvector GENERATED ALWAYS AS (${searchVector()}) STORED
  );
  CREATE INDEX articles_story ON articles (story_id);
  CREATE INDEX articles_outlet ON articles (outlet);
  CREATE INDEX articles_language ON articles (language);
  CREATE INDEX articles_search ON articles USING gin (search);

  CREATE TABLE article_urls (
    url text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE
  );
  CREATE INDEX article_urls_article ON article_urls (article_id);
  CREATE TABLE sources (
    key text COLLATE "C" PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE
  );
  CREATE INDEX sources_article ON sources (article_id);
  CREATE TABLE article_entities (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key text COLLATE "C" NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    mentions integer NOT NULL,
    is_primary boolean NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE INDEX article_entities_key ON article_entities (key);
  CREATE INDEX article_entities_name_trgm ON article_entities USING gin (parallax_fold(name) ${ext.trgm}.gin_trgm_ops) WHERE is_primary;
  CREATE INDEX article_entities_key_trgm ON article_entities USING gin (key ${ext.trgm}.gin_trgm_ops) WHERE is_primary;
  CREATE TABLE article_labels (
    article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key text COLLATE "C" NOT NULL,
    label text COLLATE "C" NOT NULL
  );
  CREATE INDEX article_labels_key ON article_labels (entity_key);
  CREATE INDEX article_labels_article ON article_labels (article_id);

  CREATE TABLE stories (
    id text COLLATE "C" PRIMARY KEY,
    title text NOT NULL,
    first_published text COLLATE "C",
    last_published text COLLATE "C",
    size integer NOT NULL,
    outlets text NOT NULL,
    languages text NOT NULL,
    key_entities text NOT NULL,
    conflicts integer,
    updated_seq bigint NOT NULL
  );
  CREATE INDEX stories_recent ON stories (last_published DESC NULLS LAST, updated_seq DESC);
  CREATE INDEX stories_size ON stories (size DESC, updated_seq DESC);
  CREATE TABLE story_merges (
    from_id text COLLATE "C" PRIMARY KEY,
    into_id text COLLATE "C" NOT NULL
  );
  CREATE INDEX story_merges_into ON story_merges (into_id);
  CREATE TABLE story_reports (
    story_id text COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    members_hash text NOT NULL,
    report bytea NOT NULL,
    computed_at text NOT NULL
  );

  CREATE TABLE feeds (
    url text COLLATE "C" PRIMARY KEY,
    title text,
    added_at text COLLATE "C" NOT NULL,
    state text NOT NULL
  );

  -- Leases: the epoch is the fencing token; times are ms since 1970 on the server's clock.
  CREATE TABLE leases (name text PRIMARY KEY, holder text, epoch bigint NOT NULL, expires_at bigint);

  -- Large values in parts of one generation, switched to in one transaction (readers see old or new).
  CREATE TABLE blobs (key text PRIMARY KEY, gen bigint NOT NULL, parts integer NOT NULL);
  CREATE TABLE blob_parts (
    key text NOT NULL,
    gen bigint NOT NULL,
    part integer NOT NULL,
    value bytea NOT NULL,
    PRIMARY KEY (key, gen, part)
  );
  `,
];
