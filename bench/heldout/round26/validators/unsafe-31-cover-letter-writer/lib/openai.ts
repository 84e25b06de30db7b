import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: "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",
});

export const MODEL = "gpt-4o-mini";
