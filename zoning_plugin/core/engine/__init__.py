"""The overlay engine: an input made ready (query), the zoning prepared (targets), the overlay on arrays with its thresholds, one geometry or a whole plan, buffers."""
