create table public.loans (
  id uuid primary key default gen_random_uuid(),
  member_id uuid not null references auth.users (id),
  book_isbn text not null,
  due_on date not null,
  returned_at timestamptz,
  updated_at timestamptz not null default now()
);

alter table public.loans enable row level security;

create policy "members see loans" on public.loans for select to authenticated
  using (member_id = auth.uid());

create function public.touch_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger loans_touch before update on public.loans
  for each row execute function public.touch_updated_at();
