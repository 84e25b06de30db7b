const axios = require("axios");

const INVENTORY_USER = process.env.INVENTORY_USER;
const INVENTORY_PASS = process.env.INVENTORY_PASS;

async function getStock(sku) {
  const url = `https://${INVENTORY_USER}:${INVENTORY_PASS}@inventory.internal.acme-shop.io/api/stock/${encodeURIComponent(sku)}`;
  const { data } = await axios.get(url, { timeout: 5000 });
  return data;
}

async function reserve(sku, qty) {
  const url = `https://inventory.internal.acme-shop.io/api/reserve?user=${INVENTORY_USER}&password=${INVENTORY_PASS}`;
  const { data } = await axios.post(url, { sku, qty });
  return data;
}

module.exports = { getStock, reserve };
