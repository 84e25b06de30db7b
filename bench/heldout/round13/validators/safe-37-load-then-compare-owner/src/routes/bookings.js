const express = require("express");
const { prisma } = require("../prisma");
const { ensureAuthenticated } = require("../auth");

const router = express.Router();

router.post("/bookings/:id/cancel", ensureAuthenticated, async (req, res, next) => {
  try {
    const booking = await prisma.booking.findUnique({ where: { id: req.params.id } });
    if (!booking || booking.userId !== req.user.id) {
      return res.status(404).json({ error: "Booking not found" });
    }
    if (booking.status === "cancelled") return res.json(booking);

    const updated = await prisma.booking.update({
      where: { id: booking.id },
      data: { status: "cancelled", cancelledAt: new Date() },
    });
    res.json(updated);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
