// API: see docs/ARCHITECTURE.md
