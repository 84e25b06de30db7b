create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  phone text,
  address text,
  allergy_notes text,
  updated_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "Profiles readable by owner" on public.profiles
  for select using (auth.uid() = id);

create policy "Profiles insertable by owner" on public.profiles
  for insert with check (auth.uid() = id);

create policy "Profiles updatable" on public.profiles
  for update using (true);

create function public.handle_new_user()
returns trigger
language plpgsql
security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, full_name) values (new.id, new.raw_user_meta_data ->> 'full_name');
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure public.handle_new_user();
