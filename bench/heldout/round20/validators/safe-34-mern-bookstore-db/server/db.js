const mongoose = require("mongoose");

async function connectDB() {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error("MONGODB_URI is required");
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
  const host = new URL(uri.replace(/^mongodb\+srv:/, "https:")).hostname;
  console.log(`MongoDB connected to ${host}`);
}

module.exports = { connectDB };
