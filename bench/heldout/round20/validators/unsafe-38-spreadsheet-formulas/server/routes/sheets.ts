import { Router } from "express";
import { requireUser } from "../auth";
import { prisma } from "../prisma";
import { compileFormula } from "../formulas";

export const sheets = Router();

sheets.post("/:sheetId/computed-column", requireUser, async (req, res) => {
  const sheet = await prisma.sheet.findFirst({ where: { id: req.params.sheetId, ownerId: req.user!.id }, include: { rows: true } });
  if (!sheet) return res.sendStatus(404);
  const fn = compileFormula(String(req.body.formula));
  const values = sheet.rows.map((r) => fn(r.data as Record<string, number>, Math));
  res.json({ values });
});
