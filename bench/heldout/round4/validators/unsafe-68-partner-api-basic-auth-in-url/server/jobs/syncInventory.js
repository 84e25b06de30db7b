const axios = require("axios");
const { pool } = require("../db");

const PARTNER_HOST = "api.wholesale-partner.example";

async function syncInventory() {
  const user = process.env.PARTNER_API_USER;
  const pass = process.env.PARTNER_API_PASSWORD;
  const url = `https://${user}:${pass}@${PARTNER_HOST}/v2/inventory?since=${encodeURIComponent(new Date(Date.now() - 3600e3).toISOString())}`;

  console.log(`[sync] fetching ${url}`);
  const { data } = await axios.get(url, { timeout: 15000 });

  for (const item of data.items) {
    await pool.query(
      "UPDATE products SET stock = $1, updated_at = now() WHERE sku = $2",
      [item.quantity, item.sku]
    );
  }
  console.log(`[sync] updated ${data.items.length} products`);
}

module.exports = { syncInventory };
