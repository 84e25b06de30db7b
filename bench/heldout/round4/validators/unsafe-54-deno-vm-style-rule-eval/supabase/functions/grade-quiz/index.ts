import { createClient } from "npm:@supabase/supabase-js@2";

Deno.serve(async (req) => {
  const authHeader = req.headers.get("Authorization")!;
  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_ANON_KEY")!,
    { global: { headers: { Authorization: authHeader } } }
  );

  const { quizId, answers } = await req.json();

  const { data: quiz, error } = await supabase
    .from("quizzes")
    .select("id, scoring_rule, questions(id, correct_answer)")
    .eq("id", quizId)
    .single();
  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 400 });

  const correct = quiz.questions.filter((q: any) => answers[q.id] === q.correct_answer).length;
  const total = quiz.questions.length;

  // teachers can write a custom rule like "correct / total * 100"
  const scorer = new Function("correct", "total", "answers", `return ${quiz.scoring_rule};`);
  const score = scorer(correct, total, answers);

  return new Response(JSON.stringify({ correct, total, score }), {
    headers: { "Content-Type": "application/json" },
  });
});
