-- static reference data used by the address form
create table public.countries (
  code char(2) primary key,
  name text not null,
  dial_code text not null,
  currency char(3) not null
);

alter table public.countries enable row level security;

create policy "countries are readable by everyone" on public.countries
  for select
  using (true);

-- no insert/update/delete policies: only migrations change this table

insert into public.countries (code, name, dial_code, currency) values
  ('FR', 'France', '+33', 'EUR'),
  ('DE', 'Germany', '+49', 'EUR'),
  ('ES', 'Spain', '+34', 'EUR'),
  ('IT', 'Italy', '+39', 'EUR'),
  ('PT', 'Portugal', '+351', 'EUR'),
  ('GB', 'United Kingdom', '+44', 'GBP'),
  ('US', 'United States', '+1', 'USD'),
  ('BR', 'Brazil', '+55', 'BRL');
