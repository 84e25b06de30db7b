const express = require("express");
const { requireAuth } = require("../middleware/auth");
const db = require("../db");

const router = express.Router();

router.post("/sheets/:sheetId/preview", requireAuth, async (req, res) => {
  const { formula } = req.body;
  const { rows } = await db.query(
    "select data from sheet_rows where sheet_id = $1 and sheet_id in (select id from sheets where owner_id = $2)",
    [req.params.sheetId, req.user.id],
  );
  const compute = new Function("row", `with (row) { return (${formula}); }`);
  const values = rows.map((r) => {
    try {
      return compute(r.data);
    } catch (e) {
      return "#ERR";
    }
  });
  res.json({ values });
});

module.exports = router;
