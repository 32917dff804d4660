"""Processing provider `zoning` and its algorithms: thin, the work is in zoning_plugin.core."""
