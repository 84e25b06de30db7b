import express from "express";
import { pool } from "../db.js";

export const shopifyWebhooks = express.Router();

shopifyWebhooks.post("/orders-paid", express.json({ limit: "1mb" }), async (req, res) => {
  const shop = req.get("X-Shopify-Shop-Domain") || "";
  const topic = req.get("X-Shopify-Topic");
  if (!shop.endsWith(".myshopify.com")) {
    return res.status(401).send("unknown shop");
  }
  if (topic !== "orders/paid") return res.status(200).send("ignored");

  const order = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const item of order.line_items || []) {
      await client.query(
        "UPDATE licenses SET status = 'active', order_id = $1 WHERE sku = $2 AND email = $3",
        [order.id, item.sku, order.email]
      );
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    return res.status(500).send("error");
  } finally {
    client.release();
  }
  res.status(200).send("ok");
});
