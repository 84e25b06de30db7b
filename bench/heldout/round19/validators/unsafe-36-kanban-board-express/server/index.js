const express = require("express");
const { requireSession } = require("./auth");
const boards = require("./routes/boards");
const cards = require("./routes/cards");

const app = express();
app.use(express.json());

app.use("/api/boards", requireSession, boards);
app.use("/api/cards", cards);

app.listen(process.env.PORT || 3001, () => console.log("kanban api up"));
