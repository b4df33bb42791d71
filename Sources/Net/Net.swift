// Net: see docs/ARCHITECTURE.md
