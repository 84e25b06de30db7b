create table public.countries (
  code char(2) primary key,
  name text not null,
  currency char(3) not null
);

alter table public.countries enable row level security;

create policy "Countries are readable" on public.countries
  for select
  using (true);

revoke insert, update, delete on public.countries from anon, authenticated;

insert into public.countries (code, name, currency) values
  ('FR', 'France', 'EUR'),
  ('DE', 'Germany', 'EUR'),
  ('US', 'United States', 'USD');
