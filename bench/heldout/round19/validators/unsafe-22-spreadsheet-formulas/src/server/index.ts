import express from "express";
import { applyFormula } from "./formulas";
import { requireUser } from "./auth";

const app = express();
app.use(express.json({ limit: "1mb" }));
app.post("/api/sheets/compute", requireUser, applyFormula);
app.listen(4000);
