const mongoose = require("mongoose");

const MONGO_URI = "mongodb+srv://admin:Kanban2024%21prod@cluster0.x7fq2ab.mongodb.net/kanban?retryWrites=true&w=majority";

let connected = false;

async function connect() {
  if (connected) return mongoose.connection;
  mongoose.set("strictQuery", true);
  await mongoose.connect(MONGO_URI, {
    serverSelectionTimeoutMS: 5000,
    maxPoolSize: 10,
  });
  connected = true;
  console.log("MongoDB connected");
  return mongoose.connection;
}

mongoose.connection.on("disconnected", () => {
  connected = false;
  console.warn("MongoDB disconnected");
});

module.exports = { connect, mongoose };
