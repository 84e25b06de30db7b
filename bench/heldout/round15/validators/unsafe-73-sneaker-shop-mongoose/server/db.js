const mongoose = require("mongoose");

const MONGO_URI = "mongodb+srv://admin:0i5cr1XMNFpKDx@cluster0.kwx2j.mongodb.net/shop?retryWrites=true&w=majority";

async function connectDB() {
  try {
    await mongoose.connect(MONGO_URI);
    console.log("MongoDB connected");
  } catch (err) {
    console.error("MongoDB connection error", err);
    process.exit(1);
  }
}

module.exports = connectDB;
