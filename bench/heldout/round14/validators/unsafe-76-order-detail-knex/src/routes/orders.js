const router = require("express").Router();
const db = require("../db/knex");
const requireAuth = require("../middleware/requireAuth");

router.get("/:id", requireAuth, async (req, res, next) => {
  try {
    const order = await db("orders")
      .where({ id: req.params.id })
      .first("id", "status", "total_cents", "shipping_address", "customer_id");
    if (!order) return res.sendStatus(404);
    const items = await db("order_items").where({ order_id: order.id });
    res.json({ ...order, items });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
