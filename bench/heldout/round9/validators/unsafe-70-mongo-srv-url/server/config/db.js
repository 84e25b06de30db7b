const mongoose = require("mongoose");

const MONGO_URI =
  "mongodb+srv://shopadmin:K9vTq2WxL4mN7pRz@cluster0.ab1cd.mongodb.net/petshelter?retryWrites=true&w=majority";

async function connectDB() {
  try {
    await mongoose.connect(MONGO_URI, {
      serverSelectionTimeoutMS: 5000,
    });
    console.log("MongoDB connected");
  } catch (err) {
    console.error("MongoDB connection error:", err.message);
    process.exit(1);
  }
}

mongoose.connection.on("disconnected", () => {
  console.warn("MongoDB disconnected");
});

module.exports = connectDB;
