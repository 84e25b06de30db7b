const db = require("./knex");

async function monthlyTotals(userId, year) {
  const { rows } = await db.raw(
    `select date_trunc('month', spent_at) as month, sum(amount_cents) as total
       from expenses
      where member_id = ? and extract(year from spent_at) = ?
      group by 1
      order by 1`,
    [userId, Number(year)]
  );
  return rows;
}

module.exports = { monthlyTotals };
