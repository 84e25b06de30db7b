const mongoose = require("mongoose");

const MONGO_URI = "mongodb+srv://appuser:hvnpbOKRbFBh6a@cluster0.2mt4g.mongodb.net/app?retryWrites=true&w=majority";

async function connect() {
  if (mongoose.connection.readyState === 1) return mongoose;
  await mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 5000 });
  return mongoose;
}

module.exports = { connect };
