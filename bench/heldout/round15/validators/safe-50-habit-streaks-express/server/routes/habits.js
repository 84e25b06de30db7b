const { Router } = require("express");
const { requireAuth } = require("../middleware/requireAuth");
const { pool } = require("../db");

const router = Router();
router.use(requireAuth);

router.post("/", async (req, res, next) => {
  try {
    const { name, target } = req.body;
    const { rows } = await pool.query(
      "insert into habits (user_id, name, target_per_week) values ($1, $2, $3) returning *",
      [req.user.id, String(name).slice(0, 80), Number(target) || 7]
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.delete("/:id", async (req, res, next) => {
  try {
    await pool.query("delete from habits where id = $1 and user_id = $2", [req.params.id, req.user.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
