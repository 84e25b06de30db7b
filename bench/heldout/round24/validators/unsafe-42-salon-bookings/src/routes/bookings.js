const Router = require("@koa/router");
const knex = require("../db");
const requireUser = require("../middleware/requireUser");

const router = new Router({ prefix: "/api/bookings" });

router.get("/mine", requireUser, async (ctx) => {
  ctx.body = await knex("bookings").where({ customer_id: ctx.state.user.id }).orderBy("starts_at");
});

router.post("/", async (ctx) => {
  const { stylistId, startsAt, customerId, service } = ctx.request.body;
  const [booking] = await knex("bookings")
    .insert({ stylist_id: stylistId, starts_at: startsAt, customer_id: customerId, service })
    .returning("*");
  ctx.status = 201;
  ctx.body = booking;
});

module.exports = router;
