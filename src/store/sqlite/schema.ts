/**
 * Schema migrations of the SQLite store, applied in order on open. Each entry
 * moves the schema one version up; `PRAGMA user_version` records where a file is.
 * Never edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT NOT NULL,
    title TEXT,
    language TEXT NOT NULL,
    published TEXT,
    author TEXT,
    ingested_at TEXT NOT NULL,
    story_id TEXT,
    syndicated_from TEXT,
    words INTEGER NOT NULL,
    text TEXT NOT NULL,
    analysis BLOB NOT NULL
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_language ON articles(language);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;

  CREATE TABLE article_urls (
    url TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE TABLE sources (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (article_id, key)
  );
  CREATE INDEX article_entities_key ON article_entities(key);
  CREATE TABLE article_labels (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_key TEXT NOT NULL,
    label TEXT NOT NULL
  );
  CREATE INDEX article_labels_key ON article_labels(entity_key);

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_published TEXT,
    last_published TEXT,
    size INTEGER NOT NULL,
    outlets TEXT NOT NULL,
    languages TEXT NOT NULL,
    key_entities TEXT NOT NULL,
    conflicts INTEGER,
    updated_seq INTEGER NOT NULL
  );
  CREATE INDEX stories_updated ON stories(updated_seq);
  CREATE INDEX stories_size ON stories(size);
  CREATE TABLE story_merges (
    from_id TEXT PRIMARY KEY,
    into_id TEXT NOT NULL
  );
  CREATE TABLE story_reports (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    members_hash TEXT NOT NULL,
    report BLOB NOT NULL,
    computed_at TEXT NOT NULL
  );

  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    added_at TEXT NOT NULL,
    state TEXT NOT NULL
  );
  `,
  // 2: syndication fingerprints (MinHash signatures, encoded), so the index is rebuilt without re-reading texts.
  `
  ALTER TABLE articles ADD COLUMN fingerprint TEXT;
  `,
  // 3: leases (one story assigner at a time across processes); the epoch is the fencing token.
  `
  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT,
    epoch INTEGER NOT NULL,
    expires_at INTEGER
  );
  `,
  // 4: large named values as bytes (the story assigner's state, compressed), written in parts of a generation,
  // then switched to that generation in one transaction.
  `
  CREATE TABLE blobs (key TEXT PRIMARY KEY, gen INTEGER NOT NULL, parts INTEGER NOT NULL);
  CREATE TABLE blob_parts (
    key TEXT NOT NULL,
    gen INTEGER NOT NULL,
    part INTEGER NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (key, gen, part)
  );
  `,
];
