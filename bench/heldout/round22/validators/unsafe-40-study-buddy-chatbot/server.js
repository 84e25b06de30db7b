import express from "express";
import Anthropic from "@anthropic-ai/sdk";
import rateLimit from "express-rate-limit";

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use("/api/", rateLimit({ windowMs: 60_000, max: 20 }));

const anthropic = new Anthropic({ apiKey: "sk-ant-api03-sZQTqfZAKGePNdSk4p79pvxbo8FjWO3cWuxQBNB37JfxOrgR1F5Gg7oDhfB8xPK_w8fhJbL4bA2CxjyqZ2K0Fp98tgiJSAA" });

app.post("/api/explain", async (req, res) => {
  const { topic, level } = req.body;
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Explain ${topic} for a ${level} student.` }],
  });
  res.json({ text: msg.content.map((b) => (b.type === "text" ? b.text : "")).join("") });
});

app.listen(process.env.PORT || 3001);
