"""Project screening: a site and an industry code checked against the screening rules of the dataset."""
