const express = require("express");
const recipes = require("./routes/recipes");

const app = express();
app.use(express.json());
app.use("/api/recipes", recipes);

module.exports = app;
