"""A synthetic but realistic fiscal year of the city (`jusou demo seed`).

Pure planning first (`*_plan.py`: who consults where, when, and what follows,
drawn from one seeded random generator), then the plan is carried out through
the ledger's own commands (`acts.py`, `seeder.py`). Every name is obviously
fictional (見本, 試験, 架空 …); no real person's data is used.
"""
