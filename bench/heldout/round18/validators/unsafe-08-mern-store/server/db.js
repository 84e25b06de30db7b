const mongoose = require("mongoose");

async function connect() {
  mongoose.set("strictQuery", true);
  await mongoose.connect("mongodb+srv://admin:BlPnj592CMw4xQ@cluster0.vdwms.mongodb.net/shop?retryWrites=true&w=majority");
  console.log("mongo connected");
}

module.exports = { connect };
