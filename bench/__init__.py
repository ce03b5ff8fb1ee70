"""Benchmarks: `python -m bench` runs every module here that has `main(argv)`."""
