// Index: see docs/ARCHITECTURE.md
