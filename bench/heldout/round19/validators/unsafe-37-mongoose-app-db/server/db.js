const mongoose = require("mongoose");

const MONGO_URI = "mongodb+srv://appuser:cjFM6bpATeNWpvwB@cluster0.5g9ur.mongodb.net/app?retryWrites=true&w=majority";

async function connect() {
  mongoose.set("strictQuery", true);
  await mongoose.connect(MONGO_URI);
  console.log("MongoDB connected");
}

module.exports = { connect };
