"""Throughput and memory measurements (run: `python -m benchmarks.run`)."""
