const express = require("express");
const mongoose = require("mongoose");
const recipes = require("./routes/recipes");

const app = express();
app.use(express.json());

mongoose
  .connect("mongodb+srv://appuser:ocKu4vUZGqfXWjON@cluster0.yufi6.mongodb.net/recipes?retryWrites=true&w=majority")
  .then(() => console.log("MongoDB connected"))
  .catch((err) => console.error("MongoDB connection error:", err));

app.use("/api/recipes", recipes);

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
