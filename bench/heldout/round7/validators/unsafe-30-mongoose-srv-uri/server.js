import express from "express";
import mongoose from "mongoose";
import cors from "cors";
import recipesRouter from "./routes/recipes.js";

const app = express();
app.use(cors());
app.use(express.json());

const MONGO_URI =
  process.env.MONGO_URI ||
  "mongodb+srv://admin:Xk29fLq0pAzz@cluster0.h3kq9.mongodb.net/recettes?retryWrites=true&w=majority";

mongoose
  .connect(MONGO_URI)
  .then(() => console.log("MongoDB connected"))
  .catch((err) => console.error(err));

app.use("/api/recipes", recipesRouter);

app.listen(5000, () => console.log("Server running on port 5000"));
