import "server-only";
import OpenAI from "openai";

const apiKey = process.env.OPENAI_API_KEY;
if (!apiKey) {
  throw new Error("OPENAI_API_KEY is missing. Add it to .env.local (never commit it).");
}

export const openai = new OpenAI({ apiKey });

export async function suggestRecipeTitle(ingredients: string[]) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.7,
    messages: [
      { role: "system", content: "You name home-cooked recipes. Answer with the title only." },
      { role: "user", content: `Ingredients: ${ingredients.join(", ")}` },
    ],
  });
  return completion.choices[0]?.message?.content?.trim() ?? "Untitled recipe";
}
