import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: "sk-proj-E2f9QD45v2MWNqa6CKEuT3BlbkFJsDrzrvRD9glrXOOK8Wz0",
});

export async function suggestRecipes(ingredients: string[]) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a helpful French chef. Answer in French." },
      { role: "user", content: `Ingrédients: ${ingredients.join(", ")}` },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}
