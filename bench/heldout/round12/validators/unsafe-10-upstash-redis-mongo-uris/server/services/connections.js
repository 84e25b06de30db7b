const Redis = require("ioredis");
const mongoose = require("mongoose");

const redis = new Redis(
  "rediss://default:AYXOY7bPHNVj28jkvH4v99uLPPbPPTPU9EMMmDdfxe9Cpnq1IWagG5RR9MMR@eu1-brave-falcon-38211.upstash.io:38211",
  { maxRetriesPerRequest: 3, lazyConnect: true }
);

const MONGO_URI =
  "mongodb+srv://appuser:PVlzcL22HXTUzyFR@cluster0.x7fqd2k.mongodb.net/shop?retryWrites=true&w=majority";

async function connectAll() {
  await redis.connect();
  await mongoose.connect(MONGO_URI, {
    serverSelectionTimeoutMS: 5000,
  });
  console.log("Connected to Redis and MongoDB");
}

async function cacheGet(key) {
  const hit = await redis.get(key);
  return hit ? JSON.parse(hit) : null;
}

async function cacheSet(key, value, ttlSeconds = 300) {
  await redis.set(key, JSON.stringify(value), "EX", ttlSeconds);
}

module.exports = { redis, mongoose, connectAll, cacheGet, cacheSet };
