const mongoose = require("mongoose");

module.exports = mongoose.model(
  "Quiz",
  new mongoose.Schema({ title: String, published: Boolean, questions: [{ q: String, a: [String], correct: Number }] })
);
