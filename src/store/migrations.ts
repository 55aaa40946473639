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
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
