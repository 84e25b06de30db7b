import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: "sk-proj-9qAx-mmD2qOP9pP_GkpOSYdvNJkJg7Pgl-NkMCM5IXY9AR6WT3BlbkFJvxkpuh9WSl0RWVYYGvuoVi924U8QeJosa7zBDlF3tHx_tWCw",
});
