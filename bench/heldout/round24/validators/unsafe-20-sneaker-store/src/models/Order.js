const mongoose = require("mongoose");

const orderSchema = new mongoose.Schema(
  {
    customer: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    items: [{ product: { type: mongoose.Schema.Types.ObjectId, ref: "Product" }, qty: Number }],
    shippingAddress: { line1: String, city: String, postcode: String },
    total: Number,
  },
  { timestamps: true }
);

module.exports = mongoose.model("Order", orderSchema);
