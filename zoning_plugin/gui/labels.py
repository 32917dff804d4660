"""Translated labels for the core's text and HTML renderers (core has no Qt, so no tr())."""
from zoning_plugin.toolbelt.i18n import tr


def report_labels():
    return {
        "dataset": tr("Dataset"), "version": tr("version"), "sample": tr("sample data"),
        "location": tr("Location (CGCS2000 lon/lat)"), "input_crs": tr("Input CRS"),
        "area": tr("Area"), "length": tr("Length"),
        "hectare": tr("ha"), "county": tr("County"), "basin": tr("River basin"),
        "built_up": tr("Urban built-up area"), "unit": tr("Control unit"),
        "buffer": tr("River ecological buffer"),
        "buffer_line": tr("{river}, {width} m on each side, {distance} m from the centre line"),
        "buffer_line_bank": tr("{river}, {width} m on each side (from the bank), {distance} m from the bank "
                               "(channel {channel} m wide, from the dataset)"),
        "buffer_line_partly": tr("{river}, {width} m on each side, {distance} m away (from the bank where the "
                                 "dataset gives the channel, {channel} m wide; from the centre line elsewhere)"),
        "overlap": tr("overlap"), "share": tr("share"),
        "outside": tr("This location is outside {city}: no access list applies."),
        "none_in_level": tr("No requirement of this dimension at this level"),
        "triggered": tr("applies here"), "source": tr("Source"), "notice": tr("Note"),
        "requirements": tr("Requirements that apply ({structure})"),
        "class_item": tr("applies to every {class_name}"),
        "no_buffer": tr("Not inside a river ecological buffer"),
        "class": tr("Class"),
        "note_disagreement": tr("Sources disagree"), "note_reading": tr("The plugin's reading"),
        "buffer_reading": tr("The distance is measured from the river's centre line: this is the plugin's "
                             "reading; the text says only “on both sides” ({source})."),
        "buffer_reading_bank": tr("{rivers}: distances and buffer widths are measured from the bank (the channel "
                                  "width from the dataset, rivers.channel_width_m; the bank at half of it on each "
                                  "side of the centre line): this is the plugin's reading; the text says only "
                                  "“on both sides” ({source})."),
        "buffer_reading_centre": tr("{rivers}: distances and buffer widths are measured from the centre line (the "
                                    "dataset gives no channel width for them): this is the plugin's reading; the "
                                    "text says only “on both sides” ({source})."),
        "channel_width": tr("{river} (channel {width} m wide)"),
        "channel_partly": tr("{river} (some reaches, channel {width} m wide)"),
        "and_more": tr("{names} and {count} rivers in all"),
        "buffer_not_applied": tr("The list of {basin} has no river buffer rule: the rule was not applied here "
                                 "(“not inside a river ecological buffer” does not mean it was checked)."),
        "note_repaired": tr("The input geometry was self-intersecting or invalid; it was repaired "
                            "(make_valid) before the analysis."),
        "note_sample": tr("Sample data: the unit boundaries and unit lists are examples, not the "
                          "official delineation."),
        "note_outside": tr("Partly outside the city: {outside} outside, {share} inside."),
        "query_time": tr("Query time"), "city_heading": tr("{city}: {dataset}"),
        "unit_details": tr("{name}; {class_name}, {subtype}; {area}; share {share}"),
        # Punctuation follows the language (Chinese: full-width ：，、（）【】).
        "colon": tr(": "), "comma": tr(", "), "list_sep": tr(", ", "list separator"),
        "paren": tr(" ({0})"), "tagged": tr("[{0}]"),
    }
