const OPENAI_API_KEY = "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";

export async function suggestRecipes(ingredients: string[]) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${OPENAI_API_KEY}`,
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You suggest three quick recipes as JSON." },
        { role: "user", content: `I have: ${ingredients.join(", ")}` },
      ],
      response_format: { type: "json_object" },
    }),
  });
  const data = await res.json();
  return JSON.parse(data.choices[0].message.content);
}
