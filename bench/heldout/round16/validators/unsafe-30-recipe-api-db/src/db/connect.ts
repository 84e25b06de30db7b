import mongoose from "mongoose";

const MONGODB_URI = process.env.MONGODB_URI || "mongodb+srv://admin:TJ5sWE4N2vX13gM4@cluster0.pgj6m.mongodb.net/app?retryWrites=true&w=majority";

let connecting: Promise<typeof mongoose> | null = null;

export function connectDb() {
  if (!connecting) {
    connecting = mongoose.connect(MONGODB_URI, { dbName: "recipes" });
  }
  return connecting;
}
