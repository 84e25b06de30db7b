const pool = require("../db");

exports.loadSales = async (orgId, from, to) => {
  const { rows } = await pool.query(
    "SELECT id, region, product, amount, sold_at FROM sales WHERE org_id = $1 AND sold_at BETWEEN $2 AND $3",
    [orgId, from || "1970-01-01", to || "2999-12-31"]
  );
  return rows;
};
