import { GoogleGenerativeAI } from "@google/generative-ai";

const GEMINI_API_KEY = "AIzaRYc6K7rmcHPNmYpm2O5-RTKWKkILdGpL0zO";
const genAI = new GoogleGenerativeAI(GEMINI_API_KEY);

export async function POST(req: Request) {
  const { ingredients } = await req.json();
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const result = await model.generateContent(
    `Suggest three recipes using: ${(ingredients as string[]).join(", ")}. Answer in JSON.`
  );
  return Response.json({ text: result.response.text() });
}
