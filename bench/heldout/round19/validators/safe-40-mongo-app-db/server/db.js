const { MongoClient } = require("mongodb");

const user = encodeURIComponent(process.env.MONGO_USER || "");
const pass = encodeURIComponent(process.env.MONGO_PASSWORD || "");
const host = process.env.MONGO_HOST || "localhost:27017";

const uri = user ? `mongodb+srv://${user}:${pass}@${host}/app?retryWrites=true` : `mongodb://${host}/app`;
const client = new MongoClient(uri);

module.exports = { client, db: () => client.db("app") };
