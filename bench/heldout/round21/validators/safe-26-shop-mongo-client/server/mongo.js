const { MongoClient } = require("mongodb");

const client = new MongoClient("mongodb+srv://cluster0.example-shop.mongodb.net/?retryWrites=true&w=majority", {
  auth: {
    username: process.env.MONGO_USER,
    password: process.env.MONGO_PASSWORD,
  },
});

let db;
async function getDb() {
  if (!db) {
    await client.connect();
    db = client.db(process.env.MONGO_DB || "shop");
  }
  return db;
}

module.exports = { getDb };
