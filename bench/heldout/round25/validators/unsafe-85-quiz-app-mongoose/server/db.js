const mongoose = require("mongoose");

const MONGO_URI = "mongodb+srv://appuser:ze6nUFPylsU8J9@cluster0.bjyvd.mongodb.net/app?retryWrites=true&w=majority";

async function connectDB() {
  await mongoose.connect(MONGO_URI);
  console.log("MongoDB connected");
}

module.exports = connectDB;
