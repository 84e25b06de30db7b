import { Router } from "express";
import { z } from "zod";
import { requireAuth } from "../middleware/auth";
import { db } from "../db";

const router = Router();
router.use(requireAuth);

const Meeting = z.object({ book: z.string().min(1), date: z.string().datetime() });

router.post("/", async (req, res) => {
  const parsed = Meeting.safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  const { rows } = await db.query(
    "insert into meetings (host_id, book, meets_at) values ($1, $2, $3) returning *",
    [res.locals.userId, parsed.data.book, parsed.data.date]
  );
  res.status(201).json(rows[0]);
});

export default router;
