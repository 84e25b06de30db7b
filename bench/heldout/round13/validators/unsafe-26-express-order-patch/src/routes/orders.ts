import { Router } from "express";
import { z } from "zod";
import { requireUser } from "../middleware/requireUser";
import { prisma } from "../lib/prisma";

const router = Router();
router.use(requireUser);

const AddressSchema = z.object({
  line1: z.string(),
  line2: z.string().optional(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string().length(2),
});

router.get("/orders", async (req, res) => {
  const orders = await prisma.order.findMany({ where: { userId: req.user!.id }, orderBy: { createdAt: "desc" } });
  res.json(orders);
});

router.patch("/orders/:id/address", async (req, res) => {
  const address = AddressSchema.parse(req.body);
  const order = await prisma.order.update({
    where: { id: req.params.id },
    data: { shippingAddress: address },
  });
  res.json(order);
});

export default router;
