/* global process */
// Loaded into the benchmarked server with `node --import` (see support.ts): counts every statement the
// server sends to PostgreSQL (BEGIN and COMMIT included) so that the API benchmark can print SQL statements
// per request. On SIGUSR2 the count is written to JIXIAO_BENCH_QUERY_COUNT_FILE. Measurement only: the
// product never loads this file.
import fs from 'node:fs';
import pg from 'pg';

let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count++;
  return query.apply(this, args);
};
const file = process.env.JIXIAO_BENCH_QUERY_COUNT_FILE;
if (file) process.on('SIGUSR2', () => fs.writeFileSync(file, String(count)));
