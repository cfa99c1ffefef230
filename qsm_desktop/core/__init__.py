"""The core: store, rules, template engine, CSV import and checks. Never imports Qt."""
