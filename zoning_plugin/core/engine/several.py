"""Several cities' datasets side by side (issue 20 §1): a place in a neighbouring city's area, or a
site that crosses the border, is answered by each city whose area it lies in.

Datasets of one city (the same `city_code`) are versions of each other, not neighbours: the active
one answers for its city and the others are not asked. Of a neighbouring city listed in several
versions the first listed answers (the order of the settings)."""


def city_code(dataset):
    return str(dataset.profile.city_code or "")


def neighbours(active, others):
    """Of `others` (opened datasets, in the order listed) those of another city than `active`'s, the
    first of each city."""
    seen, chosen = {city_code(active)}, []
    for dataset in others:
        if city_code(dataset) not in seen:
            seen.add(city_code(dataset))
            chosen.append(dataset)
    return chosen


def inspect_cities(active, others, geometry, crs, **options):
    """[(dataset, InspectResult)] of one geometry: of each city whose area it lies in (wholly or in
    part), the active dataset first; when it lies in none, of every city asked (each result then
    says the place is outside its city). `others`: the other datasets listed (neighbours() chooses
    which are asked)."""
    asked = [active] + neighbours(active, others)
    answers = [(dataset, dataset.inspect(geometry, crs=crs, **options)) for dataset in asked]
    inside = [(dataset, result) for dataset, result in answers if result.inside]
    return inside or answers
