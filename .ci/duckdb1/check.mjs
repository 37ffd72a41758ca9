// Opens a framing.duckdb with DuckDB 1.x (@duckdb/node-api, read-only) and reads every table and
// view: prints one JSON object {"version": ..., "relations": {name: row count}} on stdout.
// Usage: node .ci/duckdb1/check.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check.mjs FILE');
  process.exit(2);
}
const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
const db = await instance.connect();
const one = async (sql) => (await db.runAndReadAll(sql)).getRows();
const version = (await one('SELECT version()'))[0][0];
const names = await one(
  "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND database_name = current_database() " +
    "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = current_database() " +
    'ORDER BY 1');
const relations = {};
for (const [name] of names) {
  // every column of every row is read, not only counted
  const rows = await one(`SELECT * FROM "${name.replaceAll('"', '""')}"`);
  relations[name] = rows.length;
}
console.log(JSON.stringify({ version, relations }));
