"""Build-time tools of the repository; they do not ship in the plugin package."""
