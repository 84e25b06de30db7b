const router = require("express").Router();
const db = require("../db/knex");
const { requireUser } = require("../middleware/session");

router.get("/", requireUser, async (req, res, next) => {
  try {
    const sort = req.query.sort || "created_at";
    const dir = req.query.dir === "asc" ? "asc" : req.query.dir || "desc";

    const tasks = await db("tasks")
      .where("owner_id", req.user.id)
      .orderByRaw(sort + " " + dir)
      .limit(100);

    res.json(tasks);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
