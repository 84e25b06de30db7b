import { supabase } from './supabase'

export async function loadWeek(weekStart: string) {
  const { data, error } = await supabase
    .from('meal_plans')
    .select('id, day, meal, notes, recipe:recipes(id, name, calories)')
    .eq('week_start', weekStart)
  if (error) throw error
  return data
}

export async function setMeal(weekStart: string, day: number, meal: string, recipeId: string | null) {
  const { error } = await supabase
    .from('meal_plans')
    .upsert({ week_start: weekStart, day, meal, recipe_id: recipeId }, { onConflict: 'user_id,week_start,day,meal' })
  if (error) throw error
}
