import { Router } from "express";
import { db } from "../db";
import { invoices, invoiceLines } from "../db/schema";

const router = Router();

router.post("/invoices", async (req, res) => {
  const { clientName, clientEmail, dueDate, lines } = req.body;
  const [invoice] = await db
    .insert(invoices)
    .values({ clientName, clientEmail, dueDate: new Date(dueDate), status: "draft" })
    .returning();

  if (Array.isArray(lines) && lines.length > 0) {
    await db.insert(invoiceLines).values(
      lines.map((l: { description: string; qty: number; unitPrice: number }) => ({
        invoiceId: invoice.id,
        description: l.description,
        qty: l.qty,
        unitPrice: l.unitPrice,
      }))
    );
  }

  res.status(201).json(invoice);
});

export default router;
