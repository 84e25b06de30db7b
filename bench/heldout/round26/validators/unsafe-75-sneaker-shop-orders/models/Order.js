const mongoose = require("mongoose");

const orderSchema = new mongoose.Schema(
  {
    customer: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    items: [
      {
        product: { type: mongoose.Schema.Types.ObjectId, ref: "Product" },
        size: String,
        qty: Number,
      },
    ],
    shippingAddress: { name: String, line1: String, city: String, postcode: String, phone: String },
    totalCents: Number,
    status: { type: String, default: "processing" },
  },
  { timestamps: true }
);

module.exports = mongoose.model("Order", orderSchema);
