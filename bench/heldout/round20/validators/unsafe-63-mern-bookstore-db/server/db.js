const mongoose = require("mongoose");

async function connectDB() {
  await mongoose.connect("mongodb+srv://admin:MWg8X3KNNURM2G34@cluster0.x7k2p.mongodb.net/bookstore?retryWrites=true&w=majority");
  console.log("MongoDB connected");
}

module.exports = { connectDB };
