const pool = require("./db");

async function rollupDaily() {
  await pool.query(
    "insert into daily_stats (day, visits) select date_trunc('day', at), count(*) from page_views where at > now() - interval '1 day' group by 1 on conflict (day) do update set visits = excluded.visits"
  );
}

module.exports = { rollupDaily };
