create table public.countries (
  code char(2) primary key,
  name text not null,
  region text not null
);

create table public.visa_rules (
  id serial primary key,
  from_country char(2) not null references public.countries(code),
  to_country char(2) not null references public.countries(code),
  requirement text not null check (requirement in ('none', 'evisa', 'on_arrival', 'required')),
  max_stay_days integer,
  unique (from_country, to_country)
);

alter table public.countries enable row level security;
alter table public.visa_rules enable row level security;

create policy "countries are public" on public.countries
  for select to anon, authenticated using (true);

create policy "visa rules are public" on public.visa_rules
  for select to anon, authenticated using (true);
