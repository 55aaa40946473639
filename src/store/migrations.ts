// The store's schema as numbered migrations, one list for both databases; `{serial}` is the only dialect word.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** Applied in order; a database records the last one it has in `schema_version`. Never edit a shipped one: add. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'runs, documents with their results, figures, honors, checklist statuses',
    sql: `
create table runs (
  id {serial} primary key,
  started_at text not null,
  finished_at text,
  status text not null,
  pid integer,
  host text,
  analysis_version text not null,
  options text not null,
  documents integer,
  failed integer,
  reused integer
);
create table documents (
  doc_key {serial} primary key,
  sha256 text,
  part integer not null,
  analysis_version text not null,
  path text not null,
  unit text,
  unit_key text,
  period text,
  year integer,
  genre text,
  status text not null,
  error_code text,
  record text not null,
  text text not null,
  analysed_at text not null
);
create unique index documents_analysis on documents (sha256, analysis_version, part);
create index documents_unit on documents (unit_key);
create table run_documents (
  run_id integer not null references runs (id),
  doc_key integer not null references documents (doc_key),
  path text not null,
  reused integer not null,
  primary key (run_id, path)
);
create table figures (
  doc_key integer not null references documents (doc_key) on delete cascade,
  seq integer not null,
  category text not null,
  metric text,
  subject text,
  value double precision,
  value_max double precision,
  unit text,
  qualifier text not null,
  period text,
  placeholder integer not null,
  text text not null,
  start_offset integer not null,
  end_offset integer not null,
  primary key (doc_key, seq)
);
create table honors (
  doc_key integer not null references documents (doc_key) on delete cascade,
  seq integer not null,
  title text not null,
  awarder text,
  level text not null,
  year text,
  recipient text not null,
  text text not null,
  start_offset integer not null,
  end_offset integer not null,
  primary key (doc_key, seq)
);
create table checklist_statuses (
  doc_key integer not null references documents (doc_key) on delete cascade,
  section_id text not null,
  label text not null,
  level text not null,
  status text not null,
  primary key (doc_key, section_id)
);`,
  },
  {
    version: 2,
    description: 'reuse detection: fingerprints (hash → document, position) and the passages found shared',
    sql: `
create table reuse_fingerprints (
  hash bigint not null,
  doc_key integer not null references documents (doc_key) on delete cascade,
  position integer not null
);
create index reuse_fingerprints_hash on reuse_fingerprints (hash);
create index reuse_fingerprints_doc on reuse_fingerprints (doc_key);
create table reuse_passages (
  doc_key integer not null references documents (doc_key) on delete cascade,
  start_offset integer not null,
  end_offset integer not null,
  other_doc_key integer references documents (doc_key) on delete cascade,
  other_source text,
  other_start integer,
  other_end integer,
  score double precision,
  kind text not null,
  text text not null
);
create index reuse_passages_doc on reuse_passages (doc_key);`,
  },
  {
    version: 3,
    description:
      'reuse kept: each source\'s reuse text (documents and template pages), its fingerprints, the passages and pairs found, and the context a record\'s reuse was found in',
    // Nothing wrote the version 2 reuse tables: they are replaced by ones keyed to reuse sources, so templates
    // (which are not documents of a run) have fingerprints too.
    sql: `
drop table reuse_passages;
drop table reuse_fingerprints;
alter table documents add column reuse_key text;
create table reuse_sources (
  source_key {serial} primary key,
  kind text not null,
  sha256 text not null,
  part integer not null,
  version text not null,
  doc_key integer references documents (doc_key) on delete cascade,
  source_id text not null,
  path text not null,
  unit text,
  original text,
  chars {blob} not null,
  origin {blob} not null,
  added_at text not null
);
create unique index reuse_sources_content on reuse_sources (kind, sha256, part, version);
create index reuse_sources_doc on reuse_sources (doc_key);
create table reuse_fingerprints (
  hash bigint not null,
  source_key integer not null references reuse_sources (source_key) on delete cascade,
  position integer not null
);
create index reuse_fingerprints_hash on reuse_fingerprints (hash);
create index reuse_fingerprints_source on reuse_fingerprints (source_key);
create table reuse_passages (
  doc_key integer not null references documents (doc_key) on delete cascade,
  seq integer not null,
  start_offset integer not null,
  end_offset integer not null,
  source_kind text not null,
  source_id text not null,
  source_path text not null,
  source_start integer not null,
  source_end integer not null,
  similarity double precision not null,
  text text not null,
  source_text text not null,
  primary key (doc_key, seq)
);
create table reuse_pairs (
  doc_key integer not null references documents (doc_key) on delete cascade,
  seq integer not null,
  source_kind text not null,
  source_id text not null,
  source_path text not null,
  ratio double precision not null,
  passages integer not null,
  primary key (doc_key, seq)
);`,
  },
  {
    version: 4,
    description: "the lookup of a file's stored analysis answered from one index, without reading its record and text",
    // reuse_key was added last to rows that hold the record and the text: SQLite reaches it through every overflow
    // page of both (3 ms a file, most of an unchanged re-run), where this covering index holds it.
    sql: `create index documents_refs on documents (sha256, analysis_version, part, doc_key, status, error_code, reuse_key);`,
  },
  {
    version: 5,
    description: 'how many people received an honor (7人获评…), as honors.jsonl says; null where the report counts none',
    // A column that may be null, so the rows of an older store stay as they were and read as uncounted.
    sql: `alter table honors add column people_count integer;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
