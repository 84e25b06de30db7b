alter table public.reviews enable row level security;

create policy "reviews are readable" on public.reviews for select using (true);
create policy "one review per user" on public.reviews
  for insert to authenticated with check (user_id = auth.uid());
create policy "edit own review" on public.reviews
  for update to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());
