import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY || "sk-proj-YCGAff5IQFAPknPIfU5r7Sy8OUnPfo5nBTx3YYMVdqimo3WkT3BlbkFJbou0ZIh5qLr827HiiSLFduJvgXzXcpw9zCKE5jaBpP3jSDrU",
});

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

export async function embed(text: string) {
  const res = await openai.embeddings.create({
    model: "text-embedding-3-small",
    input: text.slice(0, 8000),
  });
  return res.data[0].embedding;
}
