const mongoose = require("mongoose");

const uri = "mongodb+srv://shopapp:hS776c6rk6Bue639CZof@cluster0.k3xq8.mongodb.net/shop?retryWrites=true&w=majority";

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
  console.log("mongo connected");
}

module.exports = { connect, mongoose };
