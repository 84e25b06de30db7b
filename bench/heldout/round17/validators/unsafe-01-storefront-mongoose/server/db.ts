import mongoose from "mongoose";

export async function connectDb() {
  if (mongoose.connection.readyState === 1) return mongoose.connection;
  await mongoose.connect(process.env.MONGODB_URI || "mongodb+srv://appuser:notwMwxuP8MGkPvL@cluster0.curxl.mongodb.net/shop?retryWrites=true&w=majority");
  return mongoose.connection;
}
