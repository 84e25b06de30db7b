alter table public.workouts enable row level security;

create policy "own workouts select" on public.workouts for select to authenticated
  using (user_id = auth.uid());
create policy "own workouts insert" on public.workouts for insert to authenticated
  with check (user_id = auth.uid());
create policy "own workouts update" on public.workouts for update to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
create policy "own workouts delete" on public.workouts for delete to authenticated
  using (user_id = auth.uid());
