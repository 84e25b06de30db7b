const express = require("express");
const { prisma } = require("../prisma");

const router = express.Router();

router.post("/stripe", express.json(), async (req, res) => {
  if (!req.headers["stripe-signature"]) return res.status(400).send("Missing signature");
  const event = req.body;

  if (event.type === "invoice.paid") {
    const invoice = event.data.object;
    await prisma.user.update({
      where: { stripeCustomerId: invoice.customer },
      data: { plan: "pro", planRenewsAt: new Date(invoice.lines.data[0].period.end * 1000) },
    });
  }
  res.json({ received: true });
});

module.exports = router;
