import { MongoClient } from "mongodb";

const uri = process.env.MONGODB_URI ?? "mongodb://127.0.0.1:27017/recipes_dev";

if (process.env.NODE_ENV === "production" && !process.env.MONGODB_URI) {
  throw new Error("MONGODB_URI must be set in production");
}

const globalWithMongo = globalThis as typeof globalThis & { _mongo?: Promise<MongoClient> };

export const clientPromise: Promise<MongoClient> =
  globalWithMongo._mongo ?? (globalWithMongo._mongo = new MongoClient(uri).connect());
