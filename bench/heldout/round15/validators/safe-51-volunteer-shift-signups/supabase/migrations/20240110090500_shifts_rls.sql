alter table public.shift_signups enable row level security;
alter table public.shift_signups force row level security;

create policy "volunteer sees own signups" on public.shift_signups
  for select using (volunteer_id = auth.uid());

create policy "volunteer signs up self" on public.shift_signups
  for insert with check (volunteer_id = auth.uid());

create policy "volunteer cancels own signup" on public.shift_signups
  for delete using (volunteer_id = auth.uid());
