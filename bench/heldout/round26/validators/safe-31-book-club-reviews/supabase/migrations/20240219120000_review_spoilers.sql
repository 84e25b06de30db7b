alter table public.reviews add column has_spoilers boolean not null default false;

drop policy "Members edit their own review" on public.reviews;

create policy "Members edit their own review"
  on public.reviews for update
  to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);

create policy "Members delete their own review"
  on public.reviews for delete
  to authenticated
  using (auth.uid() = user_id);
