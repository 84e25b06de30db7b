const express = require("express");
const connectDB = require("./db");
const Quiz = require("./models/Quiz");

const app = express();
app.use(express.json());

app.get("/api/quizzes", async (_req, res) => {
  res.json(await Quiz.find({ published: true }).select("title questions.length"));
});

connectDB().then(() => app.listen(5000));
