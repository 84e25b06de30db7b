const mongoose = require("mongoose");

const MONGO_URI = process.env.MONGO_URI || "mongodb+srv://appuser:lrYtchPiOY6R3Z@cluster0.4ms80.mongodb.net/shop?retryWrites=true&w=majority";

async function connect() {
  await mongoose.connect(MONGO_URI);
  console.log("mongo connected");
}

module.exports = { connect };
