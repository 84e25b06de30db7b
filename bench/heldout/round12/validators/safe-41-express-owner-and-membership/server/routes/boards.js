import { Router } from "express";
import { query } from "../db.js";
import { requireUser } from "../auth.js";

const boards = Router();
boards.use(requireUser);

boards.get("/:boardId/cards", async (req, res) => {
  const { rows } = await query(
    `SELECT c.id, c.title, c.column_key, c.position
       FROM cards c
       JOIN board_members m ON m.board_id = c.board_id
      WHERE c.board_id = $1 AND m.user_id = $2
      ORDER BY c.column_key, c.position`,
    [req.params.boardId, req.user.id]
  );
  res.json(rows);
});

boards.patch("/:boardId/cards/:cardId", async (req, res) => {
  const { columnKey, position } = req.body;
  const { rows } = await query(
    `UPDATE cards c
        SET column_key = $1, position = $2, updated_at = now()
       FROM board_members m
      WHERE c.id = $3 AND c.board_id = $4
        AND m.board_id = c.board_id AND m.user_id = $5
      RETURNING c.id, c.column_key, c.position`,
    [columnKey, Number(position) || 0, req.params.cardId, req.params.boardId, req.user.id]
  );
  if (rows.length === 0) return res.status(404).json({ error: "Card not found" });
  res.json(rows[0]);
});

export default boards;
