"""The zoning dataset: what it holds (model, city profile, channels, screening rules), reading it, checking it, its provenance."""
