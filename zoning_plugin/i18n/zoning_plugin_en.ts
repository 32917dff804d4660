<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>sample data</source>
        <translation>sample data</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="8"/>
        <source>Location (CGCS2000 lon/lat)</source>
        <translation>Location (CGCS2000 lon/lat)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="8"/>
        <source>Input CRS</source>
        <translation>Input CRS</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="9"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="9"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="10"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="63"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
        <source>River basin</source>
        <translation>River basin</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="11"/>
        <source>Urban built-up area</source>
        <translation>Urban built-up area</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="11"/>
        <source>Control unit</source>
        <translation>Control unit</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="12"/>
        <source>River ecological buffer</source>
        <translation>River ecological buffer</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="13"/>
        <source>{river}, {width} m on each side, {distance} m from the centre line</source>
        <translation>{river}, {width} m on each side, {distance} m from the centre line</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="18"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="18"/>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="20"/>
        <source>No requirement of this dimension at this level</source>
        <translation>No requirement of this dimension at this level</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>applies here</source>
        <translation>applies here</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="24"/>
        <source>Not inside a river ecological buffer</source>
        <translation>Not inside a river ecological buffer</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="46"/>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="47"/>
        <source>River ecological buffers</source>
        <translation>River ecological buffers</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="49"/>
        <source>Urban built-up areas</source>
        <translation>Urban built-up areas</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="50"/>
        <source>County boundaries</source>
        <translation>County boundaries</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="51"/>
        <source>River basins</source>
        <translation>River basins</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="113"/>
        <source>[sample data]</source>
        <translation>[sample data]</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="139"/>
        <source>Version: {0}</source>
        <translation>Version: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="140"/>
        <source>Effective date: {0}</source>
        <translation>Effective date: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="141"/>
        <source>Authority: {0}</source>
        <translation>Authority: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="142"/>
        <source>Source documents: {0}</source>
        <translation>Source documents: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="144"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="270"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>Cannot open layer {0} of {1}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="41"/>
        <source>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</source>
        <translation>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="43"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="276"/>
        <source>{0} (sample)</source>
        <translation>{0} (sample)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="45"/>
        <source>Partly outside the city: {outside} outside, {share} inside.</source>
        <translation>Partly outside the city: {outside} outside, {share} inside.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="46"/>
        <source>Query time</source>
        <translation>Query time</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="47"/>
        <source>{name}; {class_name}, {subtype}; {area}; share {share}</source>
        <translation>{name}; {class_name}, {subtype}; {area}; share {share}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="49"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="49"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="50"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="50"/>
        <source>[{0}]</source>
        <translation>[{0}]</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit class</source>
        <translation>Unit class</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="63"/>
        <source>Class name</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="63"/>
        <source>County code</source>
        <translation>County code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>Unit type</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
        <source>Basin ID</source>
        <translation>Basin ID</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
        <source>Buffer width (m)</source>
        <translation>Buffer width (m)</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="66"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="19"/>
        <source>This location is outside {city}: no access list applies.</source>
        <translation>This location is outside {city}: no access list applies.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="22"/>
        <source>Requirements that apply ({structure})</source>
        <translation>Requirements that apply ({structure})</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="23"/>
        <source>applies to every {class_name}</source>
        <translation>applies to every {class_name}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>River ecological buffers ({0}, optional rule)</source>
        <translation>River ecological buffers ({0}, optional rule)</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="34"/>
        <source>The output “{path}” would overwrite an input of this run ({other}): choose another file.</source>
        <translation>The output “{path}” would overwrite an input of this run ({other}): choose another file.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="36"/>
        <source>The output “{path}” lies inside the input folder “{other}”: choose a place outside it.</source>
        <translation>The output “{path}” lies inside the input folder “{other}”: choose a place outside it.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="38"/>
        <source>The output “{path}” would overwrite the zoning dataset ({other}): choose another file.</source>
        <translation>The output “{path}” would overwrite the zoning dataset ({other}): choose another file.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="40"/>
        <source>The output “{path}” is an existing folder: give a file name.</source>
        <translation>The output “{path}” is an existing folder: give a file name.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="41"/>
        <source>The output folder “{path}” is an existing file: give a folder.</source>
        <translation>The output folder “{path}” is an existing file: give a folder.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="42"/>
        <source>The output folder “{path}” contains an input of this run ({other}): choose a new or empty folder.</source>
        <translation>The output folder “{path}” contains an input of this run ({other}): choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="44"/>
        <source>The folder “{path}” holds files the plugin did not write there ({detail}): nothing was changed; choose a new or empty folder.</source>
        <translation>The folder “{path}” holds files the plugin did not write there ({detail}): nothing was changed; choose a new or empty folder.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="46"/>
        <source>“{path}” exists and was not written by the plugin: nothing was changed; move it or choose another folder.</source>
        <translation>“{path}” exists and was not written by the plugin: nothing was changed; move it or choose another folder.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="48"/>
        <source>“{path}” cannot be written: {detail}. Any older file of that name is unchanged.</source>
        <translation>“{path}” cannot be written: {detail}. Any older file of that name is unchanged.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="52"/>
        <source>“{path}” could not be written completely ({detail}; is the disk full?). Any older file of that name is unchanged.</source>
        <translation>“{path}” could not be written completely ({detail}; is the disk full?). Any older file of that name is unchanged.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="26"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}: “{value}” is not a number.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="27"/>
        <source>{label}: “{value}” is not a finite number.</source>
        <translation>{label}: “{value}” is not a finite number.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="28"/>
        <source>{label}: {value} is below the smallest value allowed, {limit}.</source>
        <translation>{label}: {value} is below the smallest value allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="29"/>
        <source>{label}: {value} is above the largest value allowed, {limit}.</source>
        <translation>{label}: {value} is above the largest value allowed, {limit}.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="30"/>
        <source>{label}: in “{value}” the comma is ambiguous; write the decimal point as “.”.</source>
        <translation>{label}: in “{value}” the comma is ambiguous; write the decimal point as “.”.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="54"/>
        <source>{label}: {note}</source>
        <translation>{label}: {note}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="92"/>
        <source>cut to the shapefile&apos;s 254 bytes: {0}</source>
        <translation>cut to the shapefile&apos;s 254 bytes: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="95"/>
        <source> (every unit is in the units table)</source>
        <translation> (every unit is in the units table)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="103"/>
        <source>{0} feature(s) have lists too long for a shapefile's text fields (254 bytes): they were cut after the last whole item that fits, ending in “…”, and 说明 says which. A GeoPackage output keeps them whole{1}.</source>
        <translation>{0} feature(s) have lists too long for a shapefile's text fields (254 bytes): they were cut after the last whole item that fits, ending in “…”, and 说明 says which. A GeoPackage output keeps them whole{1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="103"/>
        <source>; the units table has every unit</source>
        <translation>; the units table has every unit</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="37"/>
        <source>Feature {0}: {1}</source>
        <translation>Feature {0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="40"/>
        <source>… and {0} more feature(s) with a message (see the status field).</source>
        <translation>… and {0} more feature(s) with a message (see the status field).</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="50"/>
        <source>“{path}” is given for two outputs of this run: give each its own file.</source>
        <translation>“{path}” is given for two outputs of this run: give each its own file.</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="51"/>
        <source>“{path}” cannot be written: “{other}” is a file, not a folder.</source>
        <translation>“{path}” cannot be written: “{other}” is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../toolbelt/shapefile.py" line="55"/>
        <source>{0}: a shapefile field name holds at most 10 bytes: {1}.</source>
        <translation>{0}: a shapefile field name holds at most 10 bytes: {1}.</translation>
    </message>
    <message>
        <location filename="../toolbelt/shapefile.py" line="58"/>
        <source>{0}: a shapefile field holds at most 254 bytes; values were cut in {1}. Choose a GeoPackage to keep them whole.</source>
        <translation>{0}: a shapefile field holds at most 254 bytes; values were cut in {1}. Choose a GeoPackage to keep them whole.</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="347"/>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="348"/>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="349"/>
        <source>the PDF writer failed</source>
        <translation>the PDF writer failed</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="350"/>
        <source>the PDF writer failed ({0})</source>
        <translation>the PDF writer failed ({0})</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="41"/>
        <source>{description} ({name})</source>
        <comment>a parameter named in a message</comment>
        <translation>{description} ({name})</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>Sources disagree</source>
        <translation>Sources disagree</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>The plugin&apos;s reading</source>
        <translation>The plugin&apos;s reading</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="27"/>
        <source>The distance is measured from the river's centre line: this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>The distance is measured from the river's centre line: this is the plugin's reading; the text says only “on both sides” ({source}).</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="39"/>
        <source>The list of {basin} has no river buffer rule: the rule was not applied here (“not inside a river ecological buffer” does not mean it was checked).</source>
        <translation>The list of {basin} has no river buffer rule: the rule was not applied here (“not inside a river ecological buffer” does not mean it was checked).</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14"/>
        <source>{river}, {width} m on each side (from the bank), {distance} m from the bank (channel {channel} m wide, from the dataset)</source>
        <translation>{river}, {width} m on each side (from the bank), {distance} m from the bank (channel {channel} m wide, from the dataset)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="16"/>
        <source>{river}, {width} m on each side, {distance} m away (from the bank where the dataset gives the channel, {channel} m wide; from the centre line elsewhere)</source>
        <translation>{river}, {width} m on each side, {distance} m away (from the bank where the dataset gives the channel, {channel} m wide; from the centre line elsewhere)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>{rivers}: distances and buffer widths are measured from the bank (the channel width from the dataset, rivers.channel_width_m; the bank at half of it on each side of the centre line): this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>{rivers}: distances and buffer widths are measured from the bank (the channel width from the dataset, rivers.channel_width_m; the bank at half of it on each side of the centre line): this is the plugin's reading; the text says only “on both sides” ({source}).</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="33"/>
        <source>{rivers}: distances and buffer widths are measured from the centre line (the dataset gives no channel width for them): this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>{rivers}: distances and buffer widths are measured from the centre line (the dataset gives no channel width for them): this is the plugin's reading; the text says only “on both sides” ({source}).</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="36"/>
        <source>{river} (channel {width} m wide)</source>
        <translation>{river} (channel {width} m wide)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="37"/>
        <source>{river} (some reaches, channel {width} m wide)</source>
        <translation>{river} (some reaches, channel {width} m wide)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="38"/>
        <source>{names} and {count} rivers in all</source>
        <translation>{names} and {count} rivers in all</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="27"/>
        <source>River basin id</source>
        <translation>River basin id</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="28"/>
        <source>Buffer width on each side (m)</source>
        <translation>Buffer width on each side (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="28"/>
        <source>Where the width comes from</source>
        <translation>Where the width comes from</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="31"/>
        <source>Pieces of the river</source>
        <translation>Pieces of the river</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="57"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Feature id</source>
        <translation>Feature id</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="37"/>
        <source>Overall verdict of the site</source>
        <translation>Overall verdict of the site</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="37"/>
        <source>Statement of the verdict</source>
        <translation>Statement of the verdict</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Rule id</source>
        <translation>Rule id</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Requirement id</source>
        <translation>Requirement id</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Source of the requirement</source>
        <translation>Source of the requirement</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Requirement text</source>
        <translation>Requirement text</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="40"/>
        <source>Industry code (GB/T 4754-2017)</source>
        <translation>Industry code (GB/T 4754-2017)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="40"/>
        <source>New coal boiler (t/h)</source>
        <translation>New coal boiler (t/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="41"/>
        <source>Dataset version</source>
        <translation>Dataset version</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="41"/>
        <source>Coordinates as read</source>
        <translation>Coordinates as read</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="42"/>
        <source>Triggered rules</source>
        <translation>Triggered rules</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="49"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="42"/>
        <source>Longitude (CGCS2000)</source>
        <translation>Longitude (CGCS2000)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="43"/>
        <source>Latitude (CGCS2000)</source>
        <translation>Latitude (CGCS2000)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="48"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="48"/>
        <source>Kind of problem</source>
        <translation>Kind of problem</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Number of boundary points</source>
        <translation>Number of boundary points</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Parcel area (ha)</source>
        <translation>Parcel area (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Parcel number</source>
        <translation>Parcel number</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Parcel name</source>
        <translation>Parcel name</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Geometry type</source>
        <translation>Geometry type</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Map sheet number</source>
        <translation>Map sheet number</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Land use</source>
        <translation>Land use</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Land class code</source>
        <translation>Land class code</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Further values of the line</source>
        <translation>Further values of the line</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="116"/>
        <source>Field aliases</source>
        <translation>Field aliases</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="29"/>
        <source>Width measured from (bank, centre line: the plugin&apos;s reading)</source>
        <translation>Width measured from (bank, centre line: the plugin&apos;s reading)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="30"/>
        <source>Channel width the bank is taken from (m)</source>
        <translation>Channel width the bank is taken from (m)</translation>
    </message>
    <message>
        <location filename="../toolbelt/i18n.py" line="15"/>
        <source>en</source>
        <comment>the code of the language of this translation: zh or en</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../toolbelt/log.py" line="14"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="186"/>
        <source>Other rivers</source>
        <translation>Other rivers</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="186"/>
        <source>Main river</source>
        <translation>Main river</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Priority protection units</source>
        <translation>Priority protection units</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Key control units</source>
        <translation>Key control units</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>General control units</source>
        <translation>General control units</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="35"/>
        <source>Subtype</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="36"/>
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="37"/>
        <source>Area moved in (m²)</source>
        <translation>Area moved in (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="37"/>
        <source>Area moved out (m²)</source>
        <translation>Area moved out (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Code before</source>
        <translation>Code before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Code after</source>
        <translation>Code after</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Name before</source>
        <translation>Name before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Name after</source>
        <translation>Name after</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Class before</source>
        <translation>Class before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Class after</source>
        <translation>Class after</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="40"/>
        <source>Class name before</source>
        <translation>Class name before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="40"/>
        <source>Class name after</source>
        <translation>Class name after</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="41"/>
        <source>Matched by (code or overlap)</source>
        <translation>Matched by (code or overlap)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="41"/>
        <source>Area moved in from</source>
        <translation>Area moved in from</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="42"/>
        <source>Area moved out to</source>
        <translation>Area moved out to</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="42"/>
        <source>Version before</source>
        <translation>Version before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="43"/>
        <source>Version after</source>
        <translation>Version after</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="37"/>
        <source>… and {0} more warning(s).</source>
        <translation>… and {0} more warning(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="28"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../toolbelt/tables.py" line="61"/>
        <source>{0} is read as {1}.</source>
        <translation>{0} is read as {1}.</translation>
    </message>
    <message>
        <location filename="../toolbelt/tables.py" line="68"/>
        <source>The first row is taken as the column names: {0}.</source>
        <translation>The first row is taken as the column names: {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="49"/>
        <source>The report “{0}” is a web page: give a file name ending in .html or .htm. Nothing was written.</source>
        <translation>The report “{0}” is a web page: give a file name ending in .html or .htm. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="17"/>
        <source>fid {0}</source>
        <translation>fid {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="30"/>
        <source>{0} feature(s): {1} analysed, {2} repaired, {3} without geometry, {4} empty, {5} unusable, {6} outside the city, {7} partly outside.</source>
        <translation>{0} feature(s): {1} analysed, {2} repaired, {3} without geometry, {4} empty, {5} unusable, {6} outside the city, {7} partly outside.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="43"/>
        <source>{0}: {1} feature(s)</source>
        <translation>{0}: {1} feature(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="62"/>
        <source>The map could not be drawn: {0}</source>
        <translation>The map could not be drawn: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="70"/>
        <source>Analysed features</source>
        <translation>Analysed features</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="18"/>
        <source>about {0} s</source>
        <translation>about {0} s</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="21"/>
        <source>about {0} min {1} s</source>
        <translation>about {0} min {1} s</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="23"/>
        <source>about {0} h {1} min</source>
        <translation>about {0} h {1} min</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="50"/>
        <source>{0}% done, {1} left</source>
        <translation>{0}% done, {1} left</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="31"/>
        <source>PostGIS {0}, schema {1}</source>
        <translation>PostGIS {0}, schema {1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="33"/>
        <source>Bundled sample dataset</source>
        <translation>Bundled sample dataset</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="45"/>
        <source>in force from {0} until {1}</source>
        <translation>in force from {0} until {1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="46"/>
        <source>in force from {0}</source>
        <translation>in force from {0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="46"/>
        <source>no effective date</source>
        <translation>no effective date</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="51"/>
        <source>{0}: cannot be opened: {1}</source>
        <translation>{0}: cannot be opened: {1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="52"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="57"/>
        <source>City: {0}</source>
        <translation>City: {0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="83"/>
        <source>Datasets side by side (other versions, neighbouring cities)</source>
        <translation>Datasets side by side (other versions, neighbouring cities)</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="93"/>
        <source>The first, in bold, is the active dataset: the panel, the locator and the expression functions use it. Double-click another to make it active.</source>
        <translation>The first, in bold, is the active dataset: the panel, the locator and the expression functions use it. Double-click another to make it active.</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="99"/>
        <source>Add GeoPackage…</source>
        <translation>Add GeoPackage…</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="100"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="101"/>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="109"/>
        <source>Saved PostgreSQL connection…</source>
        <translation>Saved PostgreSQL connection…</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="111"/>
        <source>Add PostGIS dataset</source>
        <translation>Add PostGIS dataset</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="131"/>
        <source>Active: {0}</source>
        <translation>Active: {0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="159"/>
        <source>Add a zoning dataset</source>
        <translation>Add a zoning dataset</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="159"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="46"/>
        <source>{city}: {dataset}</source>
        <translation>{city}: {dataset}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="48"/>
        <source>the plan layer is not a polygon layer</source>
        <translation>the plan layer is not a polygon layer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="52"/>
        <source>the plan table&apos;s key is not one integer column</source>
        <translation>the plan table&apos;s key is not one integer column</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="54"/>
        <source>the plan layer is a query, not a table</source>
        <translation>the plan layer is a query, not a table</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="57"/>
        <source>the plan layer&apos;s CRS is no EPSG code</source>
        <translation>the plan layer&apos;s CRS is no EPSG code</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="70"/>
        <source>the dataset&apos;s published version has no overlay layers (published before them, or its metric CRS is no EPSG code)</source>
        <translation>the dataset&apos;s published version has no overlay layers (published before them, or its metric CRS is no EPSG code)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="74"/>
        <source>the published overlay layers were made with other buffer options</source>
        <translation>the published overlay layers were made with other buffer options</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="77"/>
        <source>the plan&apos;s geometry column is not in the layer&apos;s CRS</source>
        <translation>the plan&apos;s geometry column is not in the layer&apos;s CRS</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="107"/>
        <source>the plan layer is in another database than the dataset</source>
        <translation>the plan layer is in another database than the dataset</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="109"/>
        <source>the plan layer has no CRS</source>
        <translation>the plan layer has no CRS</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="116"/>
        <source>Conformity runs in QGIS, not in the database: {0}.</source>
        <translation>Conformity runs in QGIS, not in the database: {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="123"/>
        <source>Conformity runs inside the database: the plan table {0}.{1} against the dataset&apos;s published version {2}.</source>
        <translation>Conformity runs inside the database: the plan table {0}.{1} against the dataset&apos;s published version {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="150"/>
        <source>Features {0}–{1} were overlaid in QGIS: the database failed on them: {2}</source>
        <translation>Features {0}–{1} were overlaid in QGIS: the database failed on them: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/table_outputs.py" line="44"/>
        <source>The database destination names no table: {0}</source>
        <translation>The database destination names no table: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/table_outputs.py" line="74"/>
        <source>The table {0} could not be replaced by the new one: {1}. The new rows are in {2}.</source>
        <translation>The table {0} could not be replaced by the new one: {1}. The new rows are in {2}.</translation>
    </message>
</context>
<context>
    <name>BufferInputs</name>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="26"/>
        <source>River names from the field “{0}”.</source>
        <translation>River names from the field “{0}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="30"/>
        <source>River names from the field “{0}” (guessed from its name).</source>
        <translation>River names from the field “{0}” (guessed from its name).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="32"/>
        <source>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</source>
        <translation>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="47"/>
        <source>Width {0} m on each side for every feature.</source>
        <translation>Width {0} m on each side for every feature.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="49"/>
        <source>The width expression cannot be read: {0}</source>
        <translation>The width expression cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="51"/>
        <source>Widths from the expression {0} where it gives a value.</source>
        <translation>Widths from the expression {0} where it gives a value.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="76"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>Feature {0} has no geometry; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="84"/>
        <source>Feature {0}: the width expression fails ({1}); left out.</source>
        <translation>Feature {0}: the width expression fails ({1}); left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="91"/>
        <source>Feature {0}: the width {1} m is above the largest allowed, {2} m; left out.</source>
        <translation>Feature {0}: the width {1} m is above the largest allowed, {2} m; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="93"/>
        <source>Feature {0}: the width “{1}” is not a positive number of metres; left out.</source>
        <translation>Feature {0}: the width “{1}” is not a positive number of metres; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="97"/>
        <source>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</source>
        <translation>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="114"/>
        <source>Channel widths: the dataset&apos;s, by river name, where it gives them; elsewhere widths from the centre line.</source>
        <translation>Channel widths: the dataset&apos;s, by river name, where it gives them; elsewhere widths from the centre line.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="118"/>
        <source>Channel widths from the input&apos;s field {0} (found by its name).</source>
        <translation>Channel widths from the input&apos;s field {0} (found by its name).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="121"/>
        <source>Channel widths from {0} where it gives a value.</source>
        <translation>Channel widths from {0} where it gives a value.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="122"/>
        <source>The channel width expression cannot be read: {0}</source>
        <translation>The channel width expression cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="147"/>
        <source>{0}: the dataset gives several channel widths; the widest, {1} m, is taken (give the channel field for each piece).</source>
        <translation>{0}: the dataset gives several channel widths; the widest, {1} m, is taken (give the channel field for each piece).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="158"/>
        <source>Feature {0}: the channel width “{1}” is not a number of metres from 0 to {2}; left out.</source>
        <translation>Feature {0}: the channel width “{1}” is not a number of metres from 0 to {2}; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="168"/>
        <source>from the bank, channel {0} m wide</source>
        <translation>from the bank, channel {0} m wide</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="170"/>
        <source>from the bank where the channel is given ({0} m), else from the centre line</source>
        <translation>from the bank where the channel is given ({0} m), else from the centre line</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="171"/>
        <source>from the centre line</source>
        <translation>from the centre line</translation>
    </message>
</context>
<context>
    <name>BuildBuffersAlgorithm</name>
    <message>
        <location filename="../algorithms/build_buffers.py" line="36"/>
        <source>Build river ecological buffers</source>
        <translation>Build river ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="40"/>
        <source>river,buffer,ecological,dissolve,zoning</source>
        <translation>river,buffer,ecological,dissolve,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="71"/>
        <source>River lines</source>
        <translation>River lines</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="73"/>
        <source>River name field (when empty: river_name, name, 名称 or 河流名称)</source>
        <translation>River name field (when empty: river_name, name, 名称 or 河流名称)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="83"/>
        <source>Dissolve the pieces of each river</source>
        <translation>Dissolve the pieces of each river</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="86"/>
        <source>River ecological buffers</source>
        <translation>River ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="161"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>… and {0} more feature(s) left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="139"/>
        <source>No buffer was built: every feature was left out (see the log).</source>
        <translation>No buffer was built: every feature was left out (see the log).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="125"/>
        <source>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</source>
        <translation>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="134"/>
        <source>The buffers cannot be built: {0}</source>
        <translation>The buffers cannot be built: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>Buffers computed in {0}, the dataset&apos;s metric CRS.</source>
        <translation>Buffers computed in {0}, the dataset&apos;s metric CRS.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</source>
        <translation>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</source>
        <translation>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="150"/>
        <source>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</source>
        <translation>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="154"/>
        <source>Feature {0}: the geometry cannot be read; left out.</source>
        <translation>Feature {0}: the geometry cannot be read; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="155"/>
        <source>Feature {0} is not a line; left out.</source>
        <translation>Feature {0} is not a line; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="157"/>
        <source>Feature {0} lies outside the area the metric CRS can represent; left out.</source>
        <translation>Feature {0} lies outside the area the metric CRS can represent; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="169"/>
        <source>the width field or expression</source>
        <translation>the width field or expression</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="170"/>
        <source>the dataset&apos;s width for this river</source>
        <translation>the dataset&apos;s width for this river</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="171"/>
        <source>the dataset&apos;s general width</source>
        <translation>the dataset&apos;s general width</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>feature {0}</source>
        <translation>feature {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="184"/>
        <source>… and {0} more buffer(s).</source>
        <translation>… and {0} more buffer(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="186"/>
        <source>{0} buffer(s) from {1} feature(s).</source>
        <translation>{0} buffer(s) from {1} feature(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="75"/>
        <source>Width on each side, metres, at most 10 000 (a number, a field or an expression; empty or NULL: the dataset&apos;s width)</source>
        <translation>Width on each side, metres, at most 10 000 (a number, a field or an expression; empty or NULL: the dataset&apos;s width)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="156"/>
        <source>Feature {0} has coordinates that are not finite numbers; left out.</source>
        <translation>Feature {0} has coordinates that are not finite numbers; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="43"/>
        <source>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset's width for the river, matched by the river name field; otherwise the dataset's general width (the width its rule gives every other river). The log says where each width came from. A width is at most 10 000 m on each side: the widest river strips of zoning lists are 1 to 5 km, so a larger figure is taken for a slip of units (km or cm typed as m). A width given as a number that is not finite, not positive or wider than that is refused; a feature whose field or expression gives such a width, or without a usable line, is reported and left out.

Channel: where the channel width field or expression gives a river's water-surface width (when empty: the input's field channel_width_m, else the zoning dataset's rivers.channel_width_m for the river), the width is measured from the bank, half the channel on each side of the line; otherwise from the centre line. Both are the plugin's readings: the text says only “on both sides”. The fields measured_from and channel_width_m say which each buffer got.

Buffers are computed in the dataset's metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input's centre. The output is in the input's CRS with the fields river_name, basin_id, buffer_m, width_from, measured_from, channel_width_m, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified, and the output is written only once it is complete: an output onto the input or the dataset is refused, and a failure or a cancel leaves an older file of that name as it was.</source>
        <translation>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset's width for the river, matched by the river name field; otherwise the dataset's general width (the width its rule gives every other river). The log says where each width came from. A width is at most 10 000 m on each side: the widest river strips of zoning lists are 1 to 5 km, so a larger figure is taken for a slip of units (km or cm typed as m). A width given as a number that is not finite, not positive or wider than that is refused; a feature whose field or expression gives such a width, or without a usable line, is reported and left out.

Channel: where the channel width field or expression gives a river's water-surface width (when empty: the input's field channel_width_m, else the zoning dataset's rivers.channel_width_m for the river), the width is measured from the bank, half the channel on each side of the line; otherwise from the centre line. Both are the plugin's readings: the text says only “on both sides”. The fields measured_from and channel_width_m say which each buffer got.

Buffers are computed in the dataset's metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input's centre. The output is in the input's CRS with the fields river_name, basin_id, buffer_m, width_from, measured_from, channel_width_m, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified, and the output is written only once it is complete: an output onto the input or the dataset is refused, and a failure or a cancel leaves an older file of that name as it was.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="79"/>
        <source>Channel (water-surface) width, metres: widths measured from the bank (a field or expression; empty: the field channel_width_m or the dataset&apos;s)</source>
        <translation>Channel (water-surface) width, metres: widths measured from the bank (a field or expression; empty: the field channel_width_m or the dataset&apos;s)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>{0}: {1} m on each side ({2}), {3}, {4} piece(s), {5} m²</source>
        <translation>{0}: {1} m on each side ({2}), {3}, {4} piece(s), {5} m²</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="185"/>
        <source>… and {0} more river(s) with several channel widths.</source>
        <translation>… and {0} more river(s) with several channel widths.</translation>
    </message>
</context>
<context>
    <name>CompareVersionsAlgorithm</name>
    <message>
        <location filename="../algorithms/compare_versions.py" line="70"/>
        <source>Compare two versions of the zoning</source>
        <translation>Compare two versions of the zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="74"/>
        <source>version,compare,change,update,dynamic,zoning</source>
        <translation>version,compare,change,update,dynamic,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="77"/>
        <source>Compares two zoning datasets, the version before and the version after an adjustment or update, as the dynamic maintenance of spatial plans does: the units before, the units after and the changes.

Units are matched by code, then, where a code changed, by overlap (more than half of one of the two). Each unit gets its change types: added, removed, class changed, renamed, code changed, boundary changed, with the area moved in and out in m², measured in the metric CRS of the dataset after, and the units the area came from or went to. A boundary counts as changed above 1 m².

The report (HTML) and the JSON also give every list item added, removed or reworded, with the words changed marked (Chinese character by character), grouped as the 1+2+N lists; the basins, the stored river buffers and the screening rules that changed; and the provenance of both datasets. The layers are in EPSG:4490. The datasets are only read; an output onto either is refused, and nothing is written unless everything is.</source>
        <translation>Compares two zoning datasets, the version before and the version after an adjustment or update, as the dynamic maintenance of spatial plans does: the units before, the units after and the changes.

Units are matched by code, then, where a code changed, by overlap (more than half of one of the two). Each unit gets its change types: added, removed, class changed, renamed, code changed, boundary changed, with the area moved in and out in m², measured in the metric CRS of the dataset after, and the units the area came from or went to. A boundary counts as changed above 1 m².

The report (HTML) and the JSON also give every list item added, removed or reworded, with the words changed marked (Chinese character by character), grouped as the 1+2+N lists; the basins, the stored river buffers and the screening rules that changed; and the provenance of both datasets. The layers are in EPSG:4490. The datasets are only read; an output onto either is refused, and nothing is written unless everything is.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="93"/>
        <source>Zoning dataset before (the older version)</source>
        <translation>Zoning dataset before (the older version)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="95"/>
        <source>Zoning dataset after (the newer version)</source>
        <translation>Zoning dataset after (the newer version)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="97"/>
        <source>Units before</source>
        <translation>Units before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="99"/>
        <source>Units after</source>
        <translation>Units after</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="101"/>
        <source>Changed units</source>
        <translation>Changed units</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="103"/>
        <source>Comparison report</source>
        <translation>Comparison report</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="103"/>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="105"/>
        <source>Comparison as JSON</source>
        <translation>Comparison as JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="105"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="113"/>
        <source>“{0}” must be a file name ending in {1}. Nothing was written.</source>
        <translation>“{0}” must be a file name ending in {1}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="113"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="121"/>
        <source>Give both zoning datasets.</source>
        <translation>Give both zoning datasets.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="123"/>
        <source>{0}: {1} ({2}), in force from {3}</source>
        <translation>{0}: {1} ({2}), in force from {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="168"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="168"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="123"/>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="216"/>
        <source>Units: {0}</source>
        <translation>Units: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="219"/>
        <source>List items: {0} added, {1} removed, {2} reworded, {3} moved.</source>
        <translation>List items: {0} added, {1} removed, {2} reworded, {3} moved.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="221"/>
        <source>Basins changed: {0}; river buffers changed: {1}; screening rules changed: {2}.</source>
        <translation>Basins changed: {0}; river buffers changed: {1}; screening rules changed: {2}.</translation>
    </message>
</context>
<context>
    <name>ConformityAlgorithm</name>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="50"/>
        <source>Conformity analysis</source>
        <translation>Conformity analysis</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="53"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="59"/>
        <source>conformity,overlay,plan,land use,parcel,control unit,buffer,zoning</source>
        <translation>conformity,overlay,plan,land use,parcel,control unit,buffer,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="104"/>
        <source>Input layer (plan, parcels, sites)</source>
        <translation>Input layer (plan, parcels, sites)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="108"/>
        <source>ID field (names the features in the units table and the report)</source>
        <translation>ID field (names the features in the units table and the report)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="111"/>
        <source>Smallest overlap that counts (m²)</source>
        <translation>Smallest overlap that counts (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="115"/>
        <source>Conformity (features with summary fields)</source>
        <translation>Conformity (features with summary fields)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="117"/>
        <source>Conformity per unit (feature × unit table)</source>
        <translation>Conformity per unit (feature × unit table)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="120"/>
        <source>Conformity report</source>
        <translation>Conformity report</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="120"/>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features analysed</source>
        <translation>Features analysed</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features touching a priority protection unit</source>
        <translation>Features touching a priority protection unit</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features touching a river ecological buffer</source>
        <translation>Features touching a river ecological buffer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="168"/>
        <source>The input layer has no features (or none is selected while only selected features are used): nothing was analysed.</source>
        <translation>The input layer has no features (or none is selected while only selected features are used): nothing was analysed.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="191"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="184"/>
        <source>Report: {0}</source>
        <translation>Report: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="93"/>
        <source>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be analysed: each parcel is one feature, with the fields of its parcel line (地块编号, 地块名称, 地块用途 …), in the file's coordinate reference system; the ID field is then 地块编号 unless another is chosen.</source>
        <translation>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be analysed: each parcel is one feature, with the fields of its parcel line (地块编号, 地块名称, 地块用途 …), in the file's coordinate reference system; the ID field is then 地块编号 unless another is chosen.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="97"/>
        <source>The outputs are written beside their destinations and replace the old files together only when the run has finished: a cancel, a failure or a crash leaves the old ones as they were. A shapefile's text fields hold 254 bytes: a longer list is cut after its last whole item, ending in “…”, and 说明 says what was cut (the units table has every unit). The report's name must end in .html or .htm.</source>
        <translation>The outputs are written beside their destinations and replace the old files together only when the run has finished: a cancel, a failure or a crash leaves the old ones as they were. A shapefile's text fields hold 254 bytes: a longer list is cut after its last whole item, ending in “…”, and 说明 says what was cut (the units table has every unit). The report's name must end in .html or .htm.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="86"/>
        <source>Boundary artefacts: a piece of an area overlap whose mean width (its area divided by half its perimeter) is under 0.1 m is a boundary drawn twice, not an area. It arises where a feature follows a unit's boundary but is given in another CRS (its edges run centimetres beside the unit's), and over kilometres of boundary it can reach tens of m². Such a piece adds nothing: it is not listed in 单元编码 or the units table, not flagged in 提示 and brings no requirements; a real overlap beside it still counts. The rule is taken piece by piece and does not apply to the river buffers (docs/overlay-rules.md in the plugin's source).</source>
        <translation>Boundary artefacts: a piece of an area overlap whose mean width (its area divided by half its perimeter) is under 0.1 m is a boundary drawn twice, not an area. It arises where a feature follows a unit's boundary but is given in another CRS (its edges run centimetres beside the unit's), and over kilometres of boundary it can reach tens of m². Such a piece adds nothing: it is not listed in 单元编码 or the units table, not flagged in 提示 and brings no requirements; a real overlap beside it still counts. The rule is taken piece by piece and does not apply to the river buffers (docs/overlay-rules.md in the plugin's source).</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="62"/>
        <source>Overlays every feature of a layer (a land-use plan, parcels, project sites, lines or points) with the zoning dataset's control units, river basins, counties, urban built-up areas and river ecological buffers, in the dataset's metric CRS.

Output layer: the input features with these fields added (Chinese names of at most five characters, English aliases): 状态 status (ok, null, empty, invalid, outside, error) and 说明 message; 面积 (长度 for lines) the whole measure, 市域内面积 and 市域外面积 inside and outside the city; for each unit class 优先面积/优先占比, 重点面积/重点占比, 一般面积/一般占比 (m² or m, and the share 0–1 of the feature); 单元编码 the unit codes, largest first; 流域 basins; 县区 counties; 建成区 1 in an urban built-up area; 缓冲区面积 and 缓冲区河流 the part in river ecological buffers and their rivers; 最近河流 and 河流距离 (m), 距离量起 from where that distance is measured (bank where the dataset gives the river's channel width, else centre line: the plugin's reading, 000:25 says only 两侧); 提示 the flags (touches a priority protection unit, a river ecological buffer, partly or wholly outside the city); 已修复 1 when the geometry was repaired. Point layers get no area fields.

Units table: one row per feature and unit (要素ID the feature id, the ID field when chosen, 单元编码, 单元名称, 单元类别, 类别名称, 面积 or 长度, 占比).

HTML report: the dataset and its version, the counts, an overview map, area per class as a chart and a table, the features touching priority protection units or buffers first, the features that could not be analysed, and every requirement that applies, each level once, with its source.

An overlap smaller than the minimum area (default 1 m²) is a sliver and does not count. Features without geometry, empty or unusable, or outside the city are reported and do not stop the run; curves are segmentised and Z/M dropped for the analysis only. The input is not modified. A shapefile output is written in GBK unless another encoding is chosen.</source>
        <translation>Overlays every feature of a layer (a land-use plan, parcels, project sites, lines or points) with the zoning dataset's control units, river basins, counties, urban built-up areas and river ecological buffers, in the dataset's metric CRS.

Output layer: the input features with these fields added (Chinese names of at most five characters, English aliases): 状态 status (ok, null, empty, invalid, outside, error) and 说明 message; 面积 (长度 for lines) the whole measure, 市域内面积 and 市域外面积 inside and outside the city; for each unit class 优先面积/优先占比, 重点面积/重点占比, 一般面积/一般占比 (m² or m, and the share 0–1 of the feature); 单元编码 the unit codes, largest first; 流域 basins; 县区 counties; 建成区 1 in an urban built-up area; 缓冲区面积 and 缓冲区河流 the part in river ecological buffers and their rivers; 最近河流 and 河流距离 (m), 距离量起 from where that distance is measured (bank where the dataset gives the river's channel width, else centre line: the plugin's reading, 000:25 says only 两侧); 提示 the flags (touches a priority protection unit, a river ecological buffer, partly or wholly outside the city); 已修复 1 when the geometry was repaired. Point layers get no area fields.

Units table: one row per feature and unit (要素ID the feature id, the ID field when chosen, 单元编码, 单元名称, 单元类别, 类别名称, 面积 or 长度, 占比).

HTML report: the dataset and its version, the counts, an overview map, area per class as a chart and a table, the features touching priority protection units or buffers first, the features that could not be analysed, and every requirement that applies, each level once, with its source.

An overlap smaller than the minimum area (default 1 m²) is a sliver and does not count. Features without geometry, empty or unusable, or outside the city are reported and do not stop the run; curves are segmentised and Z/M dropped for the analysis only. The input is not modified. A shapefile output is written in GBK unless another encoding is chosen.</translation>
    </message>
</context>
<context>
    <name>ConformityInput</name>
    <message>
        <location filename="../algorithms/conformity/input.py" line="71"/>
        <source>The input layer has no coordinate reference system; its coordinates lie in the city only when read as {0}, so they were read so. Set the layer&apos;s CRS if that is wrong.</source>
        <translation>The input layer has no coordinate reference system; its coordinates lie in the city only when read as {0}, so they were read so. Set the layer&apos;s CRS if that is wrong.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="68"/>
        <source>The input layer has no coordinate reference system, and its coordinates do not lie in the city in the dataset&apos;s CRSs; set the layer&apos;s CRS and run again.</source>
        <translation>The input layer has no coordinate reference system, and its coordinates do not lie in the city in the dataset&apos;s CRSs; set the layer&apos;s CRS and run again.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="96"/>
        <source>A {0} in a layer of {1}: the file mixes geometry types; load each type as a layer of its own and analyse each. Its geometry is left out of the output.</source>
        <translation>A {0} in a layer of {1}: the file mixes geometry types; load each type as a layer of its own and analyse each. Its geometry is left out of the output.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="128"/>
        <source>The geometry cannot be read: {0}</source>
        <translation>The geometry cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="57"/>
        <source>The layer cannot be analysed: {0}</source>
        <translation>The layer cannot be analysed: {0}</translation>
    </message>
</context>
<context>
    <name>ConformityLabels</name>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="35"/>
        <source>Touches a priority protection unit</source>
        <translation>Touches a priority protection unit</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="36"/>
        <source>Touches a river ecological buffer</source>
        <translation>Touches a river ecological buffer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="33"/>
        <source>Partly outside the city</source>
        <translation>Partly outside the city</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="67"/>
        <source>Outside the city</source>
        <translation>Outside the city</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="22"/>
        <source>Conformity analysis report</source>
        <translation>Conformity analysis report</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="22"/>
        <source>Analysed layer</source>
        <translation>Analysed layer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="23"/>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="23"/>
        <source>Smallest overlap counted</source>
        <translation>Smallest overlap counted</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="24"/>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="24"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="25"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="27"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="28"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="44"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="64"/>
        <source>Analysed</source>
        <translation>Analysed</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="30"/>
        <source>Geometry repaired</source>
        <translation>Geometry repaired</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="65"/>
        <source>No geometry</source>
        <translation>No geometry</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="66"/>
        <source>Empty geometry</source>
        <translation>Empty geometry</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="67"/>
        <source>Geometry unusable</source>
        <translation>Geometry unusable</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="68"/>
        <source>Analysis failed</source>
        <translation>Analysis failed</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="37"/>
        <source>Overview map (1:{0})</source>
        <translation>Overview map (1:{0})</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="37"/>
        <source>Detail {0} (1:{1})</source>
        <translation>Detail {0} (1:{1})</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="38"/>
        <source>Area in each class of control unit</source>
        <translation>Area in each class of control unit</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="39"/>
        <source>Length in each class of control unit</source>
        <translation>Length in each class of control unit</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="40"/>
        <source>Totals per class</source>
        <translation>Totals per class</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="41"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="42"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="44"/>
        <source>In river ecological buffers</source>
        <translation>In river ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="46"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="47"/>
        <source>Point features</source>
        <translation>Point features</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="48"/>
        <source>Features (those touching a priority protection unit or a river ecological buffer first)</source>
        <translation>Features (those touching a priority protection unit or a river ecological buffer first)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="50"/>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="51"/>
        <source>Control units</source>
        <translation>Control units</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="52"/>
        <source>River ecological buffer</source>
        <translation>River ecological buffer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="53"/>
        <source>Nearest river</source>
        <translation>Nearest river</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="53"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="54"/>
        <source>{0} more feature(s) not listed here: see the output layer.</source>
        <translation>{0} more feature(s) not listed here: see the output layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="55"/>
        <source>Features not analysed as given</source>
        <translation>Features not analysed as given</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="56"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="57"/>
        <source>Requirements that apply (each level once)</source>
        <translation>Requirements that apply (each level once)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="58"/>
        <source>{name}: city-wide requirements</source>
        <translation>{name}: city-wide requirements</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="59"/>
        <source>{name}: basin requirements</source>
        <translation>{name}: basin requirements</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="60"/>
        <source>{code} {name} ({class_name})</source>
        <translation>{code} {name} ({class_name})</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="61"/>
        <source>{0} feature(s)</source>
        <translation>{0} feature(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="62"/>
        <source>applies to the features in a river ecological buffer</source>
        <translation>applies to the features in a river ecological buffer</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="63"/>
        <source>No feature lies in the city: no requirement applies.</source>
        <translation>No feature lies in the city: no requirement applies.</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="68"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="69"/>
        <source>{river} {distance} m</source>
        <translation>{river} {distance} m</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="70"/>
        <source>The map shows {0} of the {1} features analysed ({2} of the {3} touching a priority protection unit or a river ecological buffer first, an even sample of the rest); the output layer holds them all.</source>
        <translation>The map shows {0} of the {1} features analysed ({2} of the {3} touching a priority protection unit or a river ecological buffer first, an even sample of the rest); the output layer holds them all.</translation>
    </message>
</context>
<context>
    <name>DatasetChoice</name>
    <message>
        <location filename="../gui/dataset_choice.py" line="16"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../gui/dataset_choice.py" line="22"/>
        <source>The active dataset: what the panel, the locator and the expression functions use. The list is the settings' (Settings…).</source>
        <translation>The active dataset: what the panel, the locator and the expression functions use. The list is the settings' (Settings…).</translation>
    </message>
    <message>
        <location filename="../gui/dataset_choice.py" line="35"/>
        <source>{0} (cannot be opened)</source>
        <translation>{0} (cannot be opened)</translation>
    </message>
</context>
<context>
    <name>DatasetControl</name>
    <message>
        <location filename="../gui/dataset_control.py" line="57"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>The zoning layers are still loading; please wait.</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="73"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="172"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>The dataset cannot be used, settings not changed: {0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="114"/>
        <source>Listed dataset not asked: {0}</source>
        <translation>Listed dataset not asked: {0}</translation>
    </message>
</context>
<context>
    <name>DateChoice</name>
    <message>
        <location filename="../gui/date_choice.py" line="24"/>
        <source>In force on:</source>
        <translation>In force on:</translation>
    </message>
    <message>
        <location filename="../gui/date_choice.py" line="28"/>
        <source>YYYY-MM-DD (empty: the active dataset)</source>
        <translation>YYYY-MM-DD (empty: the active dataset)</translation>
    </message>
    <message>
        <location filename="../gui/date_choice.py" line="29"/>
        <source>A date (YYYY-MM-DD): a click inspects with the version of the zoning in force that day, chosen among the datasets listed in the settings by their effective and end dates, and the result says which and why. Empty: the active dataset, whatever its dates.</source>
        <translation>A date (YYYY-MM-DD): a click inspects with the version of the zoning in force that day, chosen among the datasets listed in the settings by their effective and end dates, and the result says which and why. Empty: the active dataset, whatever its dates.</translation>
    </message>
</context>
<context>
    <name>DoubtsController</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="300"/>
        <source>Your note is stored in {0}.</source>
        <translation>Your note is stored in {0}.</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="297"/>
        <source>Your note is sent to the bureau: {0}.</source>
        <translation>Your note is sent to the bureau: {0}.</translation>
    </message>
</context>
<context>
    <name>DoubtsDialog</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="127"/>
        <source>Doubtful results</source>
        <translation>Doubtful results</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="154"/>
        <source>Zoom to</source>
        <translation>Zoom to</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="155"/>
        <source>Export all…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="156"/>
        <source>Storage file…</source>
        <translation>Storage file…</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="179"/>
        <source>Stored in {0}</source>
        <translation>Stored in {0}</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="190"/>
        <source>(none: outside the city)</source>
        <translation>(none: outside the city)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="238"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="221"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="222"/>
        <source>Export the doubts</source>
        <translation>Export the doubts</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="233"/>
        <source>Exported {0} doubt(s) to {1}</source>
        <translation>Exported {0} doubt(s) to {1}</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="238"/>
        <source>File for the doubts</source>
        <translation>File for the doubts</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="206"/>
        <source>… {0} more</source>
        <translation>… {0} more</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="179"/>
        <source>Sent to the bureau: {0}</source>
        <translation>Sent to the bureau: {0}</translation>
    </message>
</context>
<context>
    <name>FieldAtlas</name>
    <message>
        <location filename="../printing/field_package.py" line="90"/>
        <source>Field inspection sheet: {0}</source>
        <translation>Field inspection sheet: {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="91"/>
        <source>The site as given</source>
        <translation>The site as given</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="92"/>
        <source>Project screening result</source>
        <translation>Project screening result</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="93"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="93"/>
        <source>Rules triggered</source>
        <translation>Rules triggered</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="94"/>
        <source>Advisory screening, not an approval decision.</source>
        <translation>Advisory screening, not an approval decision.</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="95"/>
        <source>cited by the screening</source>
        <translation>cited by the screening</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="96"/>
        <source>Inspection checklist</source>
        <translation>Inspection checklist</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="97"/>
        <source>Check each requirement that applies and tick its result; the full text is on the preceding pages, under the same level, dimension and number.</source>
        <translation>Check each requirement that applies and tick its result; the full text is on the preceding pages, under the same level, dimension and number.</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="100"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="100"/>
        <source>Requirement (beginning)</source>
        <translation>Requirement (beginning)</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="101"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="101"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>conforms</source>
        <translation>conforms</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>does not conform</source>
        <translation>does not conform</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="103"/>
        <source>not concerned</source>
        <translation>not concerned</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="104"/>
        <source>No requirement applies: nothing to check.</source>
        <translation>No requirement applies: nothing to check.</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="105"/>
        <source>Inspection notes</source>
        <translation>Inspection notes</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="105"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="106"/>
        <source>Inspector (signature)</source>
        <translation>Inspector (signature)</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="106"/>
        <source>Date of inspection</source>
        <translation>Date of inspection</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="107"/>
        <source>For the inspected party (signature)</source>
        <translation>For the inspected party (signature)</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="108"/>
        <source>____ / ____ / ______</source>
        <translation>____ / ____ / ______</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>to be checked again</source>
        <translation>to be checked again</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="144"/>
        <source>Inspection site</source>
        <translation>Inspection site</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="172"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="177"/>
        <source>Generated {0}</source>
        <translation>Generated {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="184"/>
        <source>{0} · site {1} of {2} · page {3} of {4}</source>
        <translation>{0} · site {1} of {2} · page {3} of {4}</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="256"/>
        <source>Field inspection sheets</source>
        <translation>Field inspection sheets</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="293"/>
        <source>error {0} of the PDF export</source>
        <translation>error {0} of the PDF export</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../algorithms/field_package.py" line="47"/>
        <source>Field inspection package (现场检查包)</source>
        <translation>Field inspection package (现场检查包)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="72"/>
        <source>Inspection sites</source>
        <translation>Inspection sites</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="74"/>
        <source>Site name field</source>
        <translation>Site name field</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="76"/>
        <source>Screening verdict field</source>
        <translation>Screening verdict field</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="79"/>
        <source>Triggered rules field</source>
        <translation>Triggered rules field</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="82"/>
        <source>Inspector (default of the form)</source>
        <translation>Inspector (default of the form)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="84"/>
        <source>Zoning kept around the sites, metres</source>
        <translation>Zoning kept around the sites, metres</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="88"/>
        <source>Inspection sheets</source>
        <translation>Inspection sheets</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="90"/>
        <source>Field package for QField (folder)</source>
        <translation>Field package for QField (folder)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="92"/>
        <source>Field package (zip)</source>
        <translation>Field package (zip)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="93"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="94"/>
        <source>Pages of the PDF</source>
        <translation>Pages of the PDF</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="95"/>
        <source>Overflow pages</source>
        <translation>Overflow pages</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="96"/>
        <source>Size of the zip (bytes)</source>
        <translation>Size of the zip (bytes)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="108"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>The input layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="129"/>
        <source>No site with a usable geometry: nothing written.</source>
        <translation>No site with a usable geometry: nothing written.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="138"/>
        <source>Inspection sheets: {0}: {1} site(s), {2} pages ({3} overflow pages), {4:.1f} s, {5:.3f} s per page.</source>
        <translation>Inspection sheets: {0}: {1} site(s), {2} pages ({3} overflow pages), {4:.1f} s, {5:.3f} s per page.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="152"/>
        <source>Field package: {0} ({1} layers, {2:.2f} MB); zip: {3} ({4:.2f} MB); {5:.1f} s.</source>
        <translation>Field package: {0} ({1} layers, {2:.2f} MB); zip: {3} ({4:.2f} MB); {5:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="203"/>
        <source>Sites whose geometry mixes points, lines and areas are in the PDF but not in the package: {0}</source>
        <translation>Sites whose geometry mixes points, lines and areas are in the PDF but not in the package: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="50"/>
        <source>Prepares the inspection of a list of sites (enterprises as points, or areas; only the selected features, if you choose so in the input).

The PDF is a print layout atlas with one inspection sheet per site: a map excerpt (the control units, the river ecological buffers, the site), the site&apos;s own attributes, the screening result it carries (when a verdict or rules field is given, e.g. from the list screening), its units and their class, the buffers with the distance to the river, the full text of every requirement that applies, grouped as in the panel, and a checklist of these requirements with blank boxes, lines for notes, the conclusion, the inspector&apos;s signature and the date. A site&apos;s text goes on over as many pages as it needs; the log gives these overflow pages. Every page carries the dataset&apos;s version and, for sample data, the sample notice.

The package is a folder (and a .zip of it) that QField opens offline: a project with relative paths and one GeoPackage holding the sites with fields for the inspection (result, notes, photo, date, inspector; value map and defaults set in the forms), the zoning layers within the margin around the sites, styled as on the desktop, and the requirements table. The folder must be new, empty or a package the plugin wrote there before and nobody changed since: a folder holding anything else (a project of yours, a package back from the field with its photos and edits) is never replaced, nor a .zip of that name the plugin did not write; the run then stops before writing anything. The PDF and the package are put in place together at the end: a failure or a cancel leaves the older ones as they were. The input layer and the dataset are only read.</source>
        <translation>Prepares the inspection of a list of sites (enterprises as points, or areas; only the selected features, if you choose so in the input).

The PDF is a print layout atlas with one inspection sheet per site: a map excerpt (the control units, the river ecological buffers, the site), the site&apos;s own attributes, the screening result it carries (when a verdict or rules field is given, e.g. from the list screening), its units and their class, the buffers with the distance to the river, the full text of every requirement that applies, grouped as in the panel, and a checklist of these requirements with blank boxes, lines for notes, the conclusion, the inspector&apos;s signature and the date. A site&apos;s text goes on over as many pages as it needs; the log gives these overflow pages. Every page carries the dataset&apos;s version and, for sample data, the sample notice.

The package is a folder (and a .zip of it) that QField opens offline: a project with relative paths and one GeoPackage holding the sites with fields for the inspection (result, notes, photo, date, inspector; value map and defaults set in the forms), the zoning layers within the margin around the sites, styled as on the desktop, and the requirements table. The folder must be new, empty or a package the plugin wrote there before and nobody changed since: a folder holding anything else (a project of yours, a package back from the field with its photos and edits) is never replaced, nor a .zip of that name the plugin did not write; the run then stops before writing anything. The PDF and the package are put in place together at the end: a failure or a cancel leaves the older ones as they were. The input layer and the dataset are only read.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="163"/>
        <source>No folder given for the field package.</source>
        <translation>No folder given for the field package.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="165"/>
        <source>The package folder “{0}” is the current folder ({1}): give the name of a new folder.</source>
        <translation>The package folder “{0}” is the current folder ({1}): give the name of a new folder.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="171"/>
        <source>The inspection sheets “{0}” cannot go into the package folder “{1}” or be its zip: choose another place.</source>
        <translation>The inspection sheets “{0}” cannot go into the package folder “{1}” or be its zip: choose another place.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="176"/>
        <source>Cancelled: nothing was written; the older outputs are as they were.</source>
        <translation>Cancelled: nothing was written; the older outputs are as they were.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="187"/>
        <source>The dataset&apos;s layers were read from PostGIS ({0}, published version {1}).</source>
        <translation>The dataset&apos;s layers were read from PostGIS ({0}, published version {1}).</translation>
    </message>
</context>
<context>
    <name>FieldProject</name>
    <message>
        <location filename="../printing/field_project.py" line="140"/>
        <source>The sites cannot be written: {0}</source>
        <translation>The sites cannot be written: {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="150"/>
        <source>Site No.</source>
        <translation>Site No.</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="150"/>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="151"/>
        <source>Control unit(s)</source>
        <translation>Control unit(s)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="151"/>
        <source>Unit class(es)</source>
        <translation>Unit class(es)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="152"/>
        <source>Inspection result</source>
        <translation>Inspection result</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="152"/>
        <source>Inspection notes</source>
        <translation>Inspection notes</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Date of inspection</source>
        <translation>Date of inspection</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="200"/>
        <source>Field inspection: {0} {1}</source>
        <translation>Field inspection: {0} {1}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="216"/>
        <source>Inspection sites (points)</source>
        <translation>Inspection sites (points)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="216"/>
        <source>Inspection sites (lines)</source>
        <translation>Inspection sites (lines)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="217"/>
        <source>Inspection sites (areas)</source>
        <translation>Inspection sites (areas)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="218"/>
        <source>Inspection sites</source>
        <translation>Inspection sites</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="227"/>
        <source>Requirements (access list)</source>
        <translation>Requirements (access list)</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="248"/>
        <source>Layers of the package do not open: {0}</source>
        <translation>Layers of the package do not open: {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="250"/>
        <source>The project cannot be written: {0}</source>
        <translation>The project cannot be written: {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Requirement ID</source>
        <translation>Requirement ID</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="258"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="258"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="269"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="304"/>
        <source>tables missing: {0}</source>
        <translation>tables missing: {0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="234"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>FieldSites</name>
    <message>
        <location filename="../algorithms/field_sites.py" line="37"/>
        <source>Site names from the field “{0}” (guessed from its name).</source>
        <translation>Site names from the field “{0}” (guessed from its name).</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="61"/>
        <source>Site {0}</source>
        <translation>Site {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="64"/>
        <source>{0} (feature {1}) has no geometry: left out.</source>
        <translation>{0} (feature {1}) has no geometry: left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="72"/>
        <source>{0} (feature {1}) cannot be inspected: {2}</source>
        <translation>{0} (feature {1}) cannot be inspected: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="84"/>
        <source>… and {0} more site(s) left out.</source>
        <translation>… and {0} more site(s) left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="86"/>
        <source>{0} site(s) outside the city; their sheets say so: {1}</source>
        <translation>{0} site(s) outside the city; their sheets say so: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="88"/>
        <source>{0} site(s) inspected, {1} left out.</source>
        <translation>{0} site(s) inspected, {1} left out.</translation>
    </message>
</context>
<context>
    <name>GivenCoordinates</name>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>CGCS2000 (= WGS84 within centimetres)</source>
        <translation>CGCS2000 (= WGS84 within centimetres)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>WGS84 (GPS)</source>
        <translation>WGS84 (GPS)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="27"/>
        <source>GCJ-02 (高德, 腾讯)</source>
        <translation>GCJ-02 (高德, 腾讯)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="27"/>
        <source>BD-09 (百度)</source>
        <translation>BD-09 (百度)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="28"/>
        <source>CGCS2000 3° Gauss-Krüger (metres)</source>
        <translation>CGCS2000 3° Gauss-Krüger (metres)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="33"/>
        <source>CGCS2000</source>
        <translation>CGCS2000</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="33"/>
        <source>WGS84</source>
        <translation>WGS84</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="33"/>
        <source>GCJ-02 高德</source>
        <translation>GCJ-02 高德</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="34"/>
        <source>BD-09 百度</source>
        <translation>BD-09 百度</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="34"/>
        <source>Gauss-Krüger</source>
        <translation>Gauss-Krüger</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="41"/>
        <source>Point {0}, {1}</source>
        <translation>Point {0}, {1}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="48"/>
        <source>zone number in the easting</source>
        <translation>zone number in the easting</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="48"/>
        <source>zone chosen</source>
        <translation>zone chosen</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="49"/>
        <source>zone of the dataset</source>
        <translation>zone of the dataset</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="50"/>
        <source>Given in CGCS2000 3° Gauss-Krüger zone {0} ({1}, {2}): northing {3}, easting {4}; converted to CGCS2000: {5}</source>
        <translation>Given in CGCS2000 3° Gauss-Krüger zone {0} ({1}, {2}): northing {3}, easting {4}; converted to CGCS2000: {5}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="54"/>
        <source>Given in {0}: {1}; converted to CGCS2000: {2}</source>
        <translation>Given in {0}: {1}; converted to CGCS2000: {2}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="57"/>
        <source>Given in WGS84: {0}; used as CGCS2000 (they differ by centimetres)</source>
        <translation>Given in WGS84: {0}; used as CGCS2000 (they differ by centimetres)</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="59"/>
        <source>Given in {0}: {1}</source>
        <translation>Given in {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="60"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="62"/>
        <source>Latitude came first; read as longitude {0}, latitude {1}</source>
        <translation>Latitude came first; read as longitude {0}, latitude {1}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="63"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="65"/>
        <source>Outside China {0} has no offset: the coordinates were taken as given, not converted</source>
        <translation>Outside China {0} has no offset: the coordinates were taken as given, not converted</translation>
    </message>
</context>
<context>
    <name>ImportDatasetAlgorithm</name>
    <message>
        <location filename="../algorithms/import_dataset.py" line="29"/>
        <source>Import official data</source>
        <translation>Import official data</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="33"/>
        <source>import,shapefile,GBK,field mapping,control units,access list,validate,zoning</source>
        <translation>import,shapefile,GBK,field mapping,control units,access list,validate,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="87"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="76"/>
        <source>Import failed, nothing was written: {0}</source>
        <translation>Import failed, nothing was written: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="81"/>
        <source>Import report: {0}</source>
        <translation>Import report: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="95"/>
        <source>as given</source>
        <translation>as given</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="95"/>
        <source>from the mapping file</source>
        <translation>from the mapping file</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="96"/>
        <source>guessed from its name</source>
        <translation>guessed from its name</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="100"/>
        <source>{0} ← field “{1}” ({2})</source>
        <translation>{0} ← field “{1}” ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="103"/>
        <source>{0}: no field</source>
        <translation>{0}: no field</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="110"/>
        <source>… see the report for all {0} problems.</source>
        <translation>… see the report for all {0} problems.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="111"/>
        <source>{0} error(s), {1} warning(s). Dataset written: {2}</source>
        <translation>{0} error(s), {1} warning(s). Dataset written: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="36"/>
        <source>Builds a zoning dataset GeoPackage from official data: the control units (shapefile, GeoPackage, FileGDB, GeoJSON, DXF; any CRS; a shapefile's GBK or UTF-8 text is recognised, or give the encoding), their lists (from the units' four dimension fields or from a spreadsheet keyed by unit code), the city-wide and basin lists (an attachment text or a spreadsheet) and, if given, rivers, basins, counties and built-up areas.

Field parameters left empty take the guessed fields (HJZHGKDYBM, 环境管控单元编码, ZHGKDYFL, KJBJYS …); the log says which field went where. A source without a CRS needs the source CRS: it is never guessed.

The report lists every problem (codes, classes, duplicates, overlaps, gaps, units without a list, list rows for unknown units, empty dimensions, the area shares against the ones stated) and the problems layer shows where. A metric CRS, when given, must suit the data: one whose area of use is far from the units, or that measures their areas more than 0.5 % off, is refused with the CRS that fits. The tolerance is at most 10 000 m² (a hectare-sized sliver is a real gap, not digitising noise), a buffer width at most 10 000 m.

The dataset, the report and the problems layer are written only when complete, together, after the last cancel check: an output onto a source or inside a source folder is refused, and a failure, a full disk or a cancel leaves older files of those names as they were. The sources are never modified.</source>
        <translation>Builds a zoning dataset GeoPackage from official data: the control units (shapefile, GeoPackage, FileGDB, GeoJSON, DXF; any CRS; a shapefile's GBK or UTF-8 text is recognised, or give the encoding), their lists (from the units' four dimension fields or from a spreadsheet keyed by unit code), the city-wide and basin lists (an attachment text or a spreadsheet) and, if given, rivers, basins, counties and built-up areas.

Field parameters left empty take the guessed fields (HJZHGKDYBM, 环境管控单元编码, ZHGKDYFL, KJBJYS …); the log says which field went where. A source without a CRS needs the source CRS: it is never guessed.

The report lists every problem (codes, classes, duplicates, overlaps, gaps, units without a list, list rows for unknown units, empty dimensions, the area shares against the ones stated) and the problems layer shows where. A metric CRS, when given, must suit the data: one whose area of use is far from the units, or that measures their areas more than 0.5 % off, is refused with the CRS that fits. The tolerance is at most 10 000 m² (a hectare-sized sliver is a real gap, not digitising noise), a buffer width at most 10 000 m.

The dataset, the report and the problems layer are written only when complete, together, after the last cancel check: an output onto a source or inside a source folder is refused, and a failure, a full disk or a cancel leaves older files of those names as they were. The sources are never modified.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="62"/>
        <source>The report and the dataset cannot be the same file: {0}</source>
        <translation>The report and the dataset cannot be the same file: {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gui/import_dialog.py" line="50"/>
        <source>Import official data</source>
        <translation>Import official data</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="57"/>
        <source>Units and fields</source>
        <translation>Units and fields</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="58"/>
        <source>Lists and layers</source>
        <translation>Lists and layers</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="59"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="62"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="63"/>
        <source>Output dataset</source>
        <translation>Output dataset</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="75"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="76"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="77"/>
        <source>Open report</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="78"/>
        <source>Use the new dataset</source>
        <translation>Use the new dataset</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="159"/>
        <source>Vector files ({0})</source>
        <translation>Vector files ({0})</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="105"/>
        <source>Control units</source>
        <translation>Control units</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="108"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="112"/>
        <source>Shapefile encoding</source>
        <translation>Shapefile encoding</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="115"/>
        <source>The source&apos;s own CRS</source>
        <translation>The source&apos;s own CRS</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="117"/>
        <source>Source CRS</source>
        <translation>Source CRS</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="143"/>
        <source>Load mapping…</source>
        <translation>Load mapping…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="144"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="152"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="153"/>
        <source>Unit lists (empty: the dimension fields)</source>
        <translation>Unit lists (empty: the dimension fields)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="154"/>
        <source>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</source>
        <translation>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="155"/>
        <source>City-wide and basin lists</source>
        <translation>City-wide and basin lists</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Basins</source>
        <translation>Basins</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Built-up areas</source>
        <translation>Built-up areas</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="162"/>
        <source>Guessed</source>
        <translation>Guessed</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="163"/>
        <source>River name field</source>
        <translation>River name field</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="173"/>
        <source>From the lists</source>
        <translation>From the lists</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="166"/>
        <source>Main river of the buffer rule</source>
        <translation>Main river of the buffer rule</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="168"/>
        <source>Main river buffer width</source>
        <translation>Main river buffer width</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="168"/>
        <source>Other rivers&apos; buffer width</source>
        <translation>Other rivers&apos; buffer width</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>City name</source>
        <translation>City name</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>City code</source>
        <translation>City code</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>From the counties</source>
        <translation>From the counties</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Stated unit counts per class</source>
        <translation>Stated unit counts per class</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Stated area shares per class, %</source>
        <translation>Stated area shares per class, %</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="214"/>
        <source>{0} field(s) in layer “{1}”.</source>
        <translation>{0} field(s) in layer “{1}”.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="216"/>
        <source>Encoding: {0}.</source>
        <translation>Encoding: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="218"/>
        <source>The source has no CRS: choose the source CRS.</source>
        <translation>The source has no CRS: choose the source CRS.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="223"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="250"/>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="267"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="261"/>
        <source>The mapping cannot be saved: {0}</source>
        <translation>The mapping cannot be saved: {0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="264"/>
        <source>Mapping saved: {0}</source>
        <translation>Mapping saved: {0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="267"/>
        <source>Load mapping</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="287"/>
        <source>Mapping loaded: {0}</source>
        <translation>Mapping loaded: {0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="287"/>
        <source>Mapping loaded; these fields are not in the units: {0}</source>
        <translation>Mapping loaded; these fields are not in the units: {0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="319"/>
        <source>Choose the control units and the output dataset first.</source>
        <translation>Choose the control units and the output dataset first.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="334"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="352"/>
        <source>Imported: {0} error(s), {1} warning(s). Check the report before using the dataset.</source>
        <translation>Imported: {0} error(s), {1} warning(s). Check the report before using the dataset.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="358"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="360"/>
        <source>Import failed: see the log below. Nothing was written.</source>
        <translation>Import failed: see the log below. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="366"/>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="374"/>
        <source>The new dataset is now the plugin&apos;s dataset.</source>
        <translation>The new dataset is now the plugin&apos;s dataset.</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>What the effective date is</source>
        <translation>What the effective date is</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>e.g. the issue date of the implementation plan</source>
        <translation>e.g. the issue date of the implementation plan</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>empty: still in force</source>
        <translation>empty: still in force</translation>
    </message>
</context>
<context>
    <name>ImportParameters</name>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="48"/>
        <source>Control units (layer or file)</source>
        <translation>Control units (layer or file)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="50"/>
        <source>Shapefile encoding (when empty: detected; e.g. GBK, UTF-8)</source>
        <translation>Shapefile encoding (when empty: detected; e.g. GBK, UTF-8)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="51"/>
        <source>CRS of a source without one (when empty: the source&apos;s own)</source>
        <translation>CRS of a source without one (when empty: the source&apos;s own)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="54"/>
        <source>Field: {0} (when empty: guessed; -: none)</source>
        <translation>Field: {0} (when empty: guessed; -: none)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="56"/>
        <source>Saved field mapping (JSON)</source>
        <translation>Saved field mapping (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="58"/>
        <source>Unit lists spreadsheet (XLSX, ODS or CSV; when empty: the units&apos; dimension fields)</source>
        <translation>Unit lists spreadsheet (XLSX, ODS or CSV; when empty: the units&apos; dimension fields)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="58"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="61"/>
        <source>City-wide and basin lists (attachment text or spreadsheet)</source>
        <translation>City-wide and basin lists (attachment text or spreadsheet)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="61"/>
        <source>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</source>
        <translation>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Basins</source>
        <translation>Basins</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="66"/>
        <source>Built-up areas</source>
        <translation>Built-up areas</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="70"/>
        <source>River name field (when empty: guessed)</source>
        <translation>River name field (when empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="71"/>
        <source>River channel width field, m: distances and buffers are then measured from the bank (when empty: channel_width_m, 河宽 … if present, else from the centre line)</source>
        <translation>River channel width field, m: distances and buffers are then measured from the bank (when empty: channel_width_m, 河宽 … if present, else from the centre line)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="74"/>
        <source>Main river of the buffer rule (when empty: from the lists)</source>
        <translation>Main river of the buffer rule (when empty: from the lists)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="75"/>
        <source>Basins the buffer rule applies in, comma-separated (when empty: the basin of the rule&apos;s list, or all)</source>
        <translation>Basins the buffer rule applies in, comma-separated (when empty: the basin of the rule&apos;s list, or all)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="77"/>
        <source>Main river buffer width, m, at most 10 000 (when empty: from the lists)</source>
        <translation>Main river buffer width, m, at most 10 000 (when empty: from the lists)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="77"/>
        <source>Other rivers&apos; buffer width, m, at most 10 000 (when empty: from the lists)</source>
        <translation>Other rivers&apos; buffer width, m, at most 10 000 (when empty: from the lists)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="83"/>
        <source>City name</source>
        <translation>City name</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="84"/>
        <source>City code (when empty: from the county codes)</source>
        <translation>City code (when empty: from the county codes)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="85"/>
        <source>Title of the city-wide list</source>
        <translation>Title of the city-wide list</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="86"/>
        <source>Dataset title</source>
        <translation>Dataset title</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="87"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="88"/>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="89"/>
        <source>What the effective date is (e.g. the issue date of the implementation plan; the list itself undated)</source>
        <translation>What the effective date is (e.g. the issue date of the implementation plan; the list itself undated)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="92"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="93"/>
        <source>Stated unit counts per class, e.g. 31/26/4</source>
        <translation>Stated unit counts per class, e.g. 31/26/4</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="94"/>
        <source>Stated area shares per class in %, e.g. 44.83/20.61/34.56</source>
        <translation>Stated area shares per class in %, e.g. 44.83/20.61/34.56</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="95"/>
        <source>Metric CRS (when empty: the Gauss-Kruger zone of the units)</source>
        <translation>Metric CRS (when empty: the Gauss-Kruger zone of the units)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="97"/>
        <source>Overlap and gap tolerance, m² (0 to 10 000)</source>
        <translation>Overlap and gap tolerance, m² (0 to 10 000)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="100"/>
        <source>Zoning dataset</source>
        <translation>Zoning dataset</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="100"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="102"/>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="102"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="104"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="106"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="107"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit code</source>
        <translation>unit code</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit name</source>
        <translation>unit name</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit class</source>
        <translation>unit class</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="111"/>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="111"/>
        <source>unit type</source>
        <translation>unit type</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="112"/>
        <source>spatial layout constraints</source>
        <translation>spatial layout constraints</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="112"/>
        <source>pollutant discharge control</source>
        <translation>pollutant discharge control</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="113"/>
        <source>environmental risk prevention</source>
        <translation>environmental risk prevention</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="114"/>
        <source>resource use efficiency</source>
        <translation>resource use efficiency</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="91"/>
        <source>End date, YYYY-MM-DD (the day this version stopped applying; empty: still in force)</source>
        <translation>End date, YYYY-MM-DD (the day this version stopped applying; empty: still in force)</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <location filename="../algorithms/params.py" line="79"/>
        <source>The input layer has no field “{0}”.</source>
        <translation>The input layer has no field “{0}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="92"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>The input layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="95"/>
        <source>The input layer is not a line layer.</source>
        <translation>The input layer is not a line layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="95"/>
        <source>The input layer is not a polygon layer.</source>
        <translation>The input layer is not a polygon layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="99"/>
        <source>The input layer has no features (or none is selected while only selected features are used).</source>
        <translation>The input layer has no features (or none is selected while only selected features are used).</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../gui/inspector.py" line="49"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>The layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="59"/>
        <source>The zoning dataset cannot be read: {0}</source>
        <translation>The zoning dataset cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="82"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>Feature {0} of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="106"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="85"/>
        <source>Clicked point</source>
        <translation>Clicked point</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="87"/>
        <source>Map coordinates</source>
        <translation>Map coordinates</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="98"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>Select one or more features of a vector layer first.</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="103"/>
        <source>The selected features have no geometry.</source>
        <translation>The selected features have no geometry.</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="105"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>{0} selected feature(s) of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="117"/>
        <source>Inspect a coordinate file</source>
        <translation>Inspect a coordinate file</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="117"/>
        <source>Coordinate files (*.txt *.TXT);;All files (*)</source>
        <translation>Coordinate files (*.txt *.TXT);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="125"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>The coordinate file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="129"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="129"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="130"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="130"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="131"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="132"/>
        <source>{0}: {1} parcel(s)</source>
        <translation>{0}: {1} parcel(s)</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="108"/>
        <source>Not inspected</source>
        <translation>Not inspected</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="108"/>
        <source>{0} selected feature(s) without geometry</source>
        <translation>{0} selected feature(s) without geometry</translation>
    </message>
</context>
<context>
    <name>LandTxtInput</name>
    <message>
        <location filename="../algorithms/land_input.py" line="69"/>
        <source>Or a land-boundary coordinate file (坐标TXT) instead of the input layer</source>
        <translation>Or a land-boundary coordinate file (坐标TXT) instead of the input layer</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="80"/>
        <source>Give either an input layer or a coordinate file (LAND_TXT), not both.</source>
        <translation>Give either an input layer or a coordinate file (LAND_TXT), not both.</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="84"/>
        <source>Give an input layer or a coordinate file (LAND_TXT).</source>
        <translation>Give an input layer or a coordinate file (LAND_TXT).</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="92"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>The coordinate file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="94"/>
        <source>{0} parcel(s) read from {1} ({2}).</source>
        <translation>{0} parcel(s) read from {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="89"/>
        <source>Cancelled while the coordinate file was read: nothing was written.</source>
        <translation>Cancelled while the coordinate file was read: nothing was written.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="74"/>
        <source>This result looks wrong</source>
        <translation>This result looks wrong</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="76"/>
        <source>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is stored with the inspected geometry and the result in your own file {1}, to send to the bureau.</source>
        <translation>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is stored with the inspected geometry and the result in your own file {1}, to send to the bureau.</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="86"/>
        <source>Your note (required)</source>
        <translation>Your note (required)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="76"/>
        <source>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is sent with the inspected geometry and the result to the bureau's table {1}, in the name of your database role.</source>
        <translation>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is sent with the inspected geometry and the result to the bureau's table {1}, in the name of your database role.</translation>
    </message>
</context>
<context>
    <name>PanelSiteReport</name>
    <message>
        <location filename="../printing/from_panel.py" line="55"/>
        <source>Save the site report</source>
        <translation>Save the site report</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="84"/>
        <source>{0}; inspected {1}</source>
        <translation>{0}; inspected {1}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="86"/>
        <source>Site report</source>
        <translation>Site report</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="103"/>
        <source>The site report cannot be written: {0}</source>
        <translation>The site report cannot be written: {0}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="109"/>
        <source>Saved {0} ({1} pages) and {2}</source>
        <translation>Saved {0} ({1} pages) and {2}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="71"/>
        <source>A site report is being written; please wait for it.</source>
        <translation>A site report is being written; please wait for it.</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="114"/>
        <source>; no PDF viewer opened it.</source>
        <translation>; no PDF viewer opened it.</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="115"/>
        <source>No PDF viewer opened the site report. It is saved at {0}</source>
        <translation>No PDF viewer opened the site report. It is saved at {0}</translation>
    </message>
</context>
<context>
    <name>PostgisChoice</name>
    <message>
        <location filename="../gui/pg_choice.py" line="16"/>
        <source>None: the GeoPackage</source>
        <translation>None: the GeoPackage</translation>
    </message>
    <message>
        <location filename="../gui/pg_choice.py" line="23"/>
        <source>A saved PostgreSQL connection of QGIS (Browser panel › PostgreSQL): the plugin keeps its name only; the password stays in QGIS</source>
        <translation>A saved PostgreSQL connection of QGIS (Browser panel › PostgreSQL): the plugin keeps its name only; the password stays in QGIS</translation>
    </message>
    <message>
        <location filename="../gui/pg_choice.py" line="27"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
</context>
<context>
    <name>PreparationGroup</name>
    <message>
        <location filename="../algorithms/base.py" line="137"/>
        <source>Data preparation</source>
        <translation>Data preparation</translation>
    </message>
</context>
<context>
    <name>PrintedReportMixin</name>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>PublishPostgisAlgorithm</name>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="22"/>
        <source>Publish the dataset to PostGIS</source>
        <translation>Publish the dataset to PostGIS</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="26"/>
        <source>Writes a zoning dataset GeoPackage into a schema of a PostgreSQL database with PostGIS, chosen among QGIS&apos;s saved connections: the same tables and fields as the file, in EPSG:4490, with spatial indexes and a copy of the control units subdivided for overlays (ST_Subdivide, 256 vertices). The schema is created or upgraded by numbered migrations. Publishing again writes a new version beside the old ones; the plugin reads the latest. All of it is written in one transaction: a failure writes nothing. The role of the connection needs the right to create tables; the password stays in QGIS&apos;s authentication manager or the pg_service file.</source>
        <translation>Writes a zoning dataset GeoPackage into a schema of a PostgreSQL database with PostGIS, chosen among QGIS&apos;s saved connections: the same tables and fields as the file, in EPSG:4490, with spatial indexes and a copy of the control units subdivided for overlays (ST_Subdivide, 256 vertices). The schema is created or upgraded by numbered migrations. Publishing again writes a new version beside the old ones; the plugin reads the latest. All of it is written in one transaction: a failure writes nothing. The role of the connection needs the right to create tables; the password stays in QGIS&apos;s authentication manager or the pg_service file.</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="36"/>
        <source>Zoning dataset (GeoPackage)</source>
        <translation>Zoning dataset (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="38"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL connection</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="40"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="42"/>
        <source>Published version</source>
        <translation>Published version</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="50"/>
        <source>Published as version {0} in the schema {1} of the connection “{2}”.</source>
        <translation>Published as version {0} in the schema {1} of the connection “{2}”.</translation>
    </message>
</context>
<context>
    <name>ReadLandTxtAlgorithm</name>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="29"/>
        <source>Read a land-boundary coordinate file (坐标TXT)</source>
        <translation>Read a land-boundary coordinate file (坐标TXT)</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="48"/>
        <source>Land-boundary coordinate file</source>
        <translation>Land-boundary coordinate file</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="48"/>
        <source>Coordinate files (*.txt *.TXT);;All files (*)</source>
        <translation>Coordinate files (*.txt *.TXT);;All files (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="51"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="57"/>
        <source>No coordinate file given.</source>
        <translation>No coordinate file given.</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="63"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>The coordinate file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="65"/>
        <source>{0} parcel(s) in {1}; coordinate system {2} ({3}), zone {4} of the {5}-degree zones, encoding {6}.</source>
        <translation>{0} parcel(s) in {1}; coordinate system {2} ({3}), zone {4} of the {5}-degree zones, encoding {6}.</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="33"/>
        <source>Reads a land-boundary coordinate file of the kind exchanged for construction land approval (a [属性描述] header and [地块坐标] parcels, GBK or UTF-8) into a polygon layer, one feature per parcel, in the file's own coordinate reference system: the Gauss-Kruger zone named by 带号 and 几度分带, with or without the zone number in front of the eastings, as the file has it.

Rings that lie inside another ring of the same parcel become holes, the others further parts. The fields are those of the parcel line (JZDS, DKMJ, DKBH, DKMC, JLTXSX, TFH, DKYT, DLBM), EXTRA (any further fields) and area_m2.

A file with a wrong point count, an unclosed ring, a zone number that disagrees with the coordinates, no [地块坐标] section or a coordinate that is not a number is refused with the reason and the line. A long file can be cancelled while it is read; a cancel or a failure writes nothing, and an older output of that name stays as it was.</source>
        <translation>Reads a land-boundary coordinate file of the kind exchanged for construction land approval (a [属性描述] header and [地块坐标] parcels, GBK or UTF-8) into a polygon layer, one feature per parcel, in the file's own coordinate reference system: the Gauss-Kruger zone named by 带号 and 几度分带, with or without the zone number in front of the eastings, as the file has it.

Rings that lie inside another ring of the same parcel become holes, the others further parts. The fields are those of the parcel line (JZDS, DKMJ, DKBH, DKMC, JLTXSX, TFH, DKYT, DLBM), EXTRA (any further fields) and area_m2.

A file with a wrong point count, an unclosed ring, a zone number that disagrees with the coordinates, no [地块坐标] section or a coordinate that is not a number is refused with the reason and the line. A long file can be cancelled while it is read; a cancel or a failure writes nothing, and an older output of that name stays as it was.</translation>
    </message>
</context>
<context>
    <name>ScreenListAlgorithm</name>
    <message>
        <location filename="../algorithms/screen_list.py" line="43"/>
        <source>Screen a list of enterprises (项目清单准入研判)</source>
        <translation>Screen a list of enterprises (项目清单准入研判)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="46"/>
        <source>screening,list,enterprises,xlsx,csv,coordinates,gcj-02,bd-09,zoning</source>
        <translation>screening,list,enterprises,xlsx,csv,coordinates,gcj-02,bd-09,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="71"/>
        <source>Enterprise list (table, XLSX or CSV file, or layer)</source>
        <translation>Enterprise list (table, XLSX or CSV file, or layer)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Longitude or easting column (empty: guessed)</source>
        <translation>Longitude or easting column (empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Latitude or northing column (empty: guessed)</source>
        <translation>Latitude or northing column (empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Or one column with both coordinates</source>
        <translation>Or one column with both coordinates</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Industry code column (empty: guessed)</source>
        <translation>Industry code column (empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>New coal boiler column, t/h (empty: guessed)</source>
        <translation>New coal boiler column, t/h (empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Enterprise name column (empty: guessed)</source>
        <translation>Enterprise name column (empty: guessed)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="80"/>
        <source>Coordinate system of the list</source>
        <translation>Coordinate system of the list</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="82"/>
        <source>Gauss-Krüger zone of eastings without the zone number (empty: the dataset's)</source>
        <translation>Gauss-Krüger zone of eastings without the zone number (empty: the dataset's)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="86"/>
        <source>Enterprises with their verdict</source>
        <translation>Enterprises with their verdict</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="91"/>
        <source>CGCS2000 longitude/latitude (= WGS84 within centimetres)</source>
        <translation>CGCS2000 longitude/latitude (= WGS84 within centimetres)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="92"/>
        <source>WGS84 longitude/latitude (GPS)</source>
        <translation>WGS84 longitude/latitude (GPS)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="92"/>
        <source>GCJ-02 (高德, 腾讯)</source>
        <translation>GCJ-02 (高德, 腾讯)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="93"/>
        <source>BD-09 (百度)</source>
        <translation>BD-09 (百度)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="93"/>
        <source>CGCS2000 3° Gauss-Krüger (metres)</source>
        <translation>CGCS2000 3° Gauss-Krüger (metres)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="104"/>
        <source>The list has no rows (or none is selected while only selected features are used).</source>
        <translation>The list has no rows (or none is selected while only selected features are used).</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="136"/>
        <source>The list has no column “{0}”.</source>
        <translation>The list has no column “{0}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="140"/>
        <source>No coordinate columns found among {0}: choose the longitude and latitude columns.</source>
        <translation>No coordinate columns found among {0}: choose the longitude and latitude columns.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="140"/>
        <source>No industry code column found among {0}: choose it.</source>
        <translation>No industry code column found among {0}: choose it.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="145"/>
        <source>Columns: coordinates {0}; industry code {1}; boiler {2}; name {3}{4}.</source>
        <translation>Columns: coordinates {0}; industry code {1}; boiler {2}; name {3}{4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="145"/>
        <source> (guessed: {0})</source>
        <translation> (guessed: {0})</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="162"/>
        <source>record {0} ({1})</source>
        <translation>record {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="162"/>
        <source>record {0}</source>
        <translation>record {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="168"/>
        <source>coordinates not read: {0}</source>
        <translation>coordinates not read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="174"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="178"/>
        <source>{0} empty row(s) skipped.</source>
        <translation>{0} empty row(s) skipped.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="180"/>
        <source>{0} row(s) with a coordinate warning (see above).</source>
        <translation>{0} row(s) with a coordinate warning (see above).</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="186"/>
        <source>latitude and longitude are swapped in this row; read as longitude {0}, latitude {1}</source>
        <translation>latitude and longitude are swapped in this row; read as longitude {0}, latitude {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="188"/>
        <source>outside China the web map&apos;s coordinates have no offset; taken as given</source>
        <translation>outside China the web map&apos;s coordinates have no offset; taken as given</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="120"/>
        <source>{0} ({1}): {2} is not a zone number (a whole number from 25 to 45).</source>
        <translation>{0} ({1}): {2} is not a zone number (a whole number from 25 to 45).</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="49"/>
        <source>Screens every enterprise of a list (a table, an XLSX or CSV file, or a layer) as “Screen a project” screens one site: each row with its own industry code (GB/T 4754-2017) and new coal boiler (蒸吨/小时), at the coordinates of its columns.

Coordinates: a longitude (or easting) and a latitude (or northing) column, or one column with both as copied from a web map (e.g. 125.145,42.902 or 125°8'42&quot;E 42°54'7&quot;N), in the chosen system: CGCS2000 (= WGS84 within centimetres), WGS84, GCJ-02 (高德, 腾讯), BD-09 (百度), or CGCS2000 3° Gauss-Krüger metres with the zone number in front of the easting or in the zone chosen (empty: the zone of the dataset). Columns left empty are guessed from their names (经度, 纬度, lon, lat, 行业代码, 锅炉, 企业名称 …); the log says which were used. A CSV file is read in UTF-8 (with or without BOM) or GBK.

A row whose latitude and longitude are swapped (for China: latitude 18–54, longitude 73–135) is read swapped back, with a warning; a row without readable coordinates, with a bad industry code or outside the city gets its message; the others are screened.

Outputs: the screening table (one row per enterprise and triggered rule, then one per item left to your judgement, status to_judge, and one per applying requirement that no rule looks at, status no_rule), the enterprises as points in EPSG:4490 with their overall verdict and the triggered rules (for a field inspection package), the full results as JSON, and the summary by verdict in the log. The result is advisory, not an approval decision.</source>
        <translation>Screens every enterprise of a list (a table, an XLSX or CSV file, or a layer) as “Screen a project” screens one site: each row with its own industry code (GB/T 4754-2017) and new coal boiler (蒸吨/小时), at the coordinates of its columns.

Coordinates: a longitude (or easting) and a latitude (or northing) column, or one column with both as copied from a web map (e.g. 125.145,42.902 or 125°8'42&quot;E 42°54'7&quot;N), in the chosen system: CGCS2000 (= WGS84 within centimetres), WGS84, GCJ-02 (高德, 腾讯), BD-09 (百度), or CGCS2000 3° Gauss-Krüger metres with the zone number in front of the easting or in the zone chosen (empty: the zone of the dataset). Columns left empty are guessed from their names (经度, 纬度, lon, lat, 行业代码, 锅炉, 企业名称 …); the log says which were used. A CSV file is read in UTF-8 (with or without BOM) or GBK.

A row whose latitude and longitude are swapped (for China: latitude 18–54, longitude 73–135) is read swapped back, with a warning; a row without readable coordinates, with a bad industry code or outside the city gets its message; the others are screened.

Outputs: the screening table (one row per enterprise and triggered rule, then one per item left to your judgement, status to_judge, and one per applying requirement that no rule looks at, status no_rule), the enterprises as points in EPSG:4490 with their overall verdict and the triggered rules (for a field inspection package), the full results as JSON, and the summary by verdict in the log. The result is advisory, not an approval decision.</translation>
    </message>
</context>
<context>
    <name>ScreenProjectAlgorithm</name>
    <message>
        <location filename="../algorithms/screen_project.py" line="36"/>
        <source>Screen a project (项目准入研判)</source>
        <translation>Screen a project (项目准入研判)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="39"/>
        <source>screening,project,industry,boiler,access,zoning</source>
        <translation>screening,project,industry,boiler,access,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="68"/>
        <source>Project site(s)</source>
        <translation>Project site(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="70"/>
        <source>Screen each feature on its own (otherwise all together as one site)</source>
        <translation>Screen each feature on its own (otherwise all together as one site)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="73"/>
        <source>Industry code (GB/T 4754-2017, e.g. C2614)</source>
        <translation>Industry code (GB/T 4754-2017, e.g. C2614)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="75"/>
        <source>Industry code field</source>
        <translation>Industry code field</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="79"/>
        <source>New coal boiler field (t/h)</source>
        <translation>New coal boiler field (t/h)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="137"/>
        <source>feature {0}</source>
        <translation>feature {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="124"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>Feature {0} has no geometry; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="150"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="150"/>
        <source>No feature has a geometry: nothing to screen.</source>
        <translation>No feature has a geometry: nothing to screen.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="144"/>
        <source>site (features {0})</source>
        <translation>site (features {0})</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="152"/>
        <source>The features carry different industry codes ({0}): screen each feature on its own or give one code.</source>
        <translation>The features carry different industry codes ({0}): screen each feature on its own or give one code.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="155"/>
        <source>The features carry different boiler sizes ({0}): screen each feature on its own or give one size.</source>
        <translation>The features carry different boiler sizes ({0}): screen each feature on its own or give one size.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="42"/>
        <source>Screens a project site against the screening rules of the zoning dataset: the site, its industry code (GB/T 4754-2017, e.g. C2614; a longer code is read by its 门类 and 大类), an optional new coal boiler in 蒸吨/小时 (t/h) and a note.

Each rule the project triggers is listed with its advisory verdict, worded as the text words it (禁止, 禁止或严格限制, 严格控制, 限制 or 需关注), the official text it rests on (req_id and source) and why it triggered (unit class, river buffer, distance to the river, in 城市建成区 or not, boiler size against the threshold); when none triggers the verdict is 未发现限制. Every verdict says how many rules were checked and which items are left to your judgement (须由您判断, one table row each, status to_judge); the requirements applying to the site that no rule looks at are named too (one table row each, status no_rule: check them against the list). The thresholds, distances and industries come from the dataset's rules, not from the plugin.

The features of the input (the selected ones, if you choose so) are taken together as one site, or each is screened on its own with its own industry and boiler fields. A field value wins over the single code or size; an empty field value falls back to them.

A boiler size may carry its unit (5t, 5 蒸吨/小时) or full-width digits; the log says how it was read. Outputs: a table with one row per site and triggered rule (one row when none triggers), and the results as JSON (each rule and requirement text listed once). A feature with a problem (an unknown industry code or boiler size in its field, no or broken geometry) is told in the log and in the outputs; a boiler size or distance that is not a plain number, negative or NaN, an empty layer or a layer without CRS stops the run, as does a run in which no site could be screened. The result is advisory, not an approval decision.</source>
        <translation>Screens a project site against the screening rules of the zoning dataset: the site, its industry code (GB/T 4754-2017, e.g. C2614; a longer code is read by its 门类 and 大类), an optional new coal boiler in 蒸吨/小时 (t/h) and a note.

Each rule the project triggers is listed with its advisory verdict, worded as the text words it (禁止, 禁止或严格限制, 严格控制, 限制 or 需关注), the official text it rests on (req_id and source) and why it triggered (unit class, river buffer, distance to the river, in 城市建成区 or not, boiler size against the threshold); when none triggers the verdict is 未发现限制. Every verdict says how many rules were checked and which items are left to your judgement (须由您判断, one table row each, status to_judge); the requirements applying to the site that no rule looks at are named too (one table row each, status no_rule: check them against the list). The thresholds, distances and industries come from the dataset's rules, not from the plugin.

The features of the input (the selected ones, if you choose so) are taken together as one site, or each is screened on its own with its own industry and boiler fields. A field value wins over the single code or size; an empty field value falls back to them.

A boiler size may carry its unit (5t, 5 蒸吨/小时) or full-width digits; the log says how it was read. Outputs: a table with one row per site and triggered rule (one row when none triggers), and the results as JSON (each rule and requirement text listed once). A feature with a problem (an unknown industry code or boiler size in its field, no or broken geometry) is told in the log and in the outputs; a boiler size or distance that is not a plain number, negative or NaN, an empty layer or a layer without CRS stops the run, as does a run in which no site could be screened. The result is advisory, not an approval decision.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="76"/>
        <source>New coal boiler (t/h)</source>
        <translation>New coal boiler (t/h)</translation>
    </message>
</context>
<context>
    <name>ScreeningOutputs</name>
    <message>
        <location filename="../algorithms/screen_output.py" line="90"/>
        <source>Project screening</source>
        <translation>Project screening</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="97"/>
        <source>Screening results (JSON)</source>
        <translation>Screening results (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="97"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="99"/>
        <source>Most severe verdict</source>
        <translation>Most severe verdict</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="137"/>
        <source>Cancelled: nothing was written, older outputs are unchanged.</source>
        <translation>Cancelled: nothing was written, older outputs are unchanged.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="144"/>
        <source> (and {0} more with problems, see the log)</source>
        <translation> (and {0} more with problems, see the log)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="146"/>
        <source>Nothing could be screened: {0}: {1}{2}</source>
        <translation>Nothing could be screened: {0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="174"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="172"/>
        <source>{0}: outside the dataset&apos;s area, not screened.</source>
        <translation>{0}: outside the dataset&apos;s area, not screened.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="178"/>
        <source>  boiler size {0} t/h</source>
        <translation>  boiler size {0} t/h</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="180"/>
        <source>  {0} {1} ({2}, {3}): {4}</source>
        <translation>  {0} {1} ({2}, {3}): {4}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="183"/>
        <source>… and {0} more site(s); see the table.</source>
        <translation>… and {0} more site(s); see the table.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="186"/>
        <source>Summary by verdict: {0}</source>
        <translation>Summary by verdict: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="190"/>
        <source>{0} means that none of the {1} rules of the dataset fired, not that the project meets every requirement; each site&apos;s line says which items are left to your judgement.</source>
        <translation>{0} means that none of the {1} rules of the dataset fired, not that the project meets every requirement; each site&apos;s line says which items are left to your judgement.</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="195"/>
        <source>Not screened: {0} outside the dataset&apos;s area, {1} with problems (see above).</source>
        <translation>Not screened: {0} outside the dataset&apos;s area, {1} with problems (see above).</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="197"/>
        <source> (sample data, not official)</source>
        <translation> (sample data, not official)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="198"/>
        <source>Advisory screening, not an approval decision. Dataset: {0}{1}, version {2}.</source>
        <translation>Advisory screening, not an approval decision. Dataset: {0}{1}, version {2}.</translation>
    </message>
</context>
<context>
    <name>ScreeningSettings</name>
    <message>
        <location filename="../algorithms/params.py" line="115"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="117"/>
        <source>Riverside distance, metres (empty: the rule&apos;s own)</source>
        <translation>Riverside distance, metres (empty: the rule&apos;s own)</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Boiler threshold “以下”</source>
        <translation>Boiler threshold “以下”</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>As the rule says</source>
        <translation>As the rule says</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Below, not equal (exclusive: the other reading)</source>
        <translation>Below, not equal (exclusive: the other reading)</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Below or equal (inclusive: as statute reads 以上/以下)</source>
        <translation>Below or equal (inclusive: as statute reads 以上/以下)</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="126"/>
        <source>Screening table</source>
        <translation>Screening table</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="143"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>The zoning dataset cannot be used: {0}</translation>
    </message>
</context>
<context>
    <name>SiteInput</name>
    <message>
        <location filename="../algorithms/site_input.py" line="35"/>
        <source>The input layer cannot be opened: {0}</source>
        <translation>The input layer cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="39"/>
        <source>The layer “{0}” has no coordinate reference system; set one first.</source>
        <translation>The layer “{0}” has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="53"/>
        <source>Feature {0} of the layer “{1}” has coordinates that are not numbers (NaN or infinite): fix or remove it.</source>
        <translation>Feature {0} of the layer “{1}” has coordinates that are not numbers (NaN or infinite): fix or remove it.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="58"/>
        <source>{0} feature(s) without geometry left out.</source>
        <translation>{0} feature(s) without geometry left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="60"/>
        <source>No selected feature of the layer “{0}” has a geometry: no report.</source>
        <translation>No selected feature of the layer “{0}” has a geometry: no report.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="60"/>
        <source>No feature of the layer “{0}” has a geometry: no report.</source>
        <translation>No feature of the layer “{0}” has a geometry: no report.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="68"/>
        <source>The features of “{0}” do not make a usable geometry.</source>
        <translation>The features of “{0}” do not make a usable geometry.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="70"/>
        <source>{0} feature(s) taken together as one site.</source>
        <translation>{0} feature(s) taken together as one site.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="71"/>
        <source>{0} parcel(s) of the coordinate file “{1}”</source>
        <translation>{0} parcel(s) of the coordinate file “{1}”</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="71"/>
        <source>{0} feature(s) of layer “{1}”</source>
        <translation>{0} feature(s) of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="77"/>
        <source>Give a project site: an input layer, a coordinate file or an extent.</source>
        <translation>Give a project site: an input layer, a coordinate file or an extent.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="82"/>
        <source>The extent has no coordinate reference system: give it after the numbers, as in “xmin,xmax,ymin,ymax [EPSG:4490]”.</source>
        <translation>The extent has no coordinate reference system: give it after the numbers, as in “xmin,xmax,ymin,ymax [EPSG:4490]”.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="85"/>
        <source>The extent is empty.</source>
        <translation>The extent is empty.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="87"/>
        <source>The extent has coordinates that are not numbers (NaN or infinite).</source>
        <translation>The extent has coordinates that are not numbers (NaN or infinite).</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="90"/>
        <source>Extent {0}</source>
        <translation>Extent {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="105"/>
        <source>The site&apos;s coordinates ({0}) are not possible in {1}: check the coordinate reference system.</source>
        <translation>The site&apos;s coordinates ({0}) are not possible in {1}: check the coordinate reference system.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="107"/>
        <source>The site&apos;s coordinates ({0}) lie outside the area where {1} is used ({2}): check the coordinate reference system.</source>
        <translation>The site&apos;s coordinates ({0}) lie outside the area where {1} is used ({2}): check the coordinate reference system.</translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
    <message>
        <location filename="../printing/site_report.py" line="102"/>
        <source>Overlap with the control units</source>
        <translation>Overlap with the control units</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="104"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="104"/>
        <source>Area (ha)</source>
        <translation>Area (ha)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="105"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="105"/>
        <source>River ecological buffers</source>
        <translation>River ecological buffers</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="106"/>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="106"/>
        <source>Width on each side (m)</source>
        <translation>Width on each side (m)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="107"/>
        <source>From the centre line (m)</source>
        <translation>From the centre line (m)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="111"/>
        <source>Overlap (m²)</source>
        <translation>Overlap (m²)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="112"/>
        <source>Overlap (ha)</source>
        <translation>Overlap (ha)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="112"/>
        <source>Overlap (m)</source>
        <translation>Overlap (m)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="113"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="115"/>
        <source>Ecological protection red line</source>
        <translation>Ecological protection red line</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="116"/>
        <source>Environmental quality bottom line</source>
        <translation>Environmental quality bottom line</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="117"/>
        <source>Resource utilisation upper limit</source>
        <translation>Resource utilisation upper limit</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="118"/>
        <source>Ecological environment access list</source>
        <translation>Ecological environment access list</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="119"/>
        <source>Basis: {dataset}, version {version}, effective {date}.</source>
        <translation>Basis: {dataset}, version {version}, effective {date}.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="120"/>
        <source>The site touches the ecological protection red line:</source>
        <translation>The site touches the ecological protection red line:</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="121"/>
        <source>The site does not touch the ecological protection red line.</source>
        <translation>The site does not touch the ecological protection red line.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="122"/>
        <source>The site touches other priority protection units:</source>
        <translation>The site touches other priority protection units:</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="123"/>
        <source>The site does not touch other priority protection units.</source>
        <translation>The site does not touch other priority protection units.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="124"/>
        <source>The site lies in a river ecological buffer:</source>
        <translation>The site lies in a river ecological buffer:</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="126"/>
        <source>Environmental quality targets that bind the site ({level}):</source>
        <translation>Environmental quality targets that bind the site ({level}):</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="127"/>
        <source>Resource caps that bind the site ({level}):</source>
        <translation>Resource caps that bind the site ({level}):</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="128"/>
        <source>The city-wide requirements hold no such item.</source>
        <translation>The city-wide requirements hold no such item.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="130"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="130"/>
        <source>Project situation</source>
        <translation>Project situation</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="145"/>
        <source>The project was screened as industry {code}.</source>
        <translation>The project was screened as industry {code}.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="146"/>
        <source>The project screening also rests on:</source>
        <translation>The project screening also rests on:</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="151"/>
        <source>Air quality</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="151"/>
        <source>Water quality</source>
        <translation>Water quality</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="152"/>
        <source>Water resources</source>
        <translation>Water resources</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="152"/>
        <source>Land resources</source>
        <translation>Land resources</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="153"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="153"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="165"/>
        <source>Project site</source>
        <translation>Project site</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="189"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="196"/>
        <source>Generated {0}</source>
        <translation>Generated {0}</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="252"/>
        <source>Site report: {0}</source>
        <translation>Site report: {0}</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="297"/>
        <source>the document writer failed</source>
        <translation>the document writer failed</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Item id</source>
        <translation>Item id</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="131"/>
        <source>Conformity (conforms / does not conform / to be verified)</source>
        <translation>Conformity (conforms / does not conform / to be verified)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="132"/>
        <source>Strength of the control</source>
        <translation>Strength of the control</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="133"/>
        <source>sample data, not official</source>
        <translation>sample data, not official</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="134"/>
        <source>{count} requirement(s) of the access list apply to the site; each is listed below with its source, under its id in its list.</source>
        <translation>{count} requirement(s) of the access list apply to the site; each is listed below with its source, under its id in its list.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="136"/>
        <source>The assessor fills in the columns “Project situation” and “Conformity” from the project's facts (conforms, does not conform or to be verified); the plugin never fills them.</source>
        <translation>The assessor fills in the columns “Project situation” and “Conformity” from the project's facts (conforms, does not conform or to be verified); the plugin never fills them.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="107"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="108"/>
        <source>Measured from</source>
        <translation>Measured from</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="109"/>
        <source>the bank (channel {channel} m wide, from the dataset)</source>
        <translation>the bank (channel {channel} m wide, from the dataset)</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="110"/>
        <source>the bank where the channel is given ({channel} m), else the centre line</source>
        <translation>the bank where the channel is given ({channel} m), else the centre line</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="111"/>
        <source>the centre line</source>
        <translation>the centre line</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="147"/>
        <source>no rule</source>
        <translation>no rule</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="147"/>
        <source>left to you</source>
        <translation>left to you</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="148"/>
        <source>An item whose “Strength of the control” says “no rule” has no screening rule in the dataset and was not checked by the screening: check it against its text. The items “left to you” are listed above.</source>
        <translation>An item whose “Strength of the control” says “no rule” has no screening rule in the dataset and was not checked by the screening: check it against its text. The items “left to you” are listed above.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="125"/>
        <source>The site does not lie in a river ecological buffer of the dataset.</source>
        <translation>The site does not lie in a river ecological buffer of the dataset.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="139"/>
        <source>“Strength of the control” is the strength of the control (the Chinese word of the rule stays in the JSON) of the items the project screening rests on; it is not a conformity verdict. The assessor fills in “Project situation” and “Conformity” (conforms, does not conform or to be verified); the plugin never fills them.</source>
        <translation>“Strength of the control” is the strength of the control (the Chinese word of the rule stays in the JSON) of the items the project screening rests on; it is not a conformity verdict. The assessor fills in “Project situation” and “Conformity” (conforms, does not conform or to be verified); the plugin never fills them.</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="114"/>
        <source>Conformity with the zoning control (the three lines and one list)</source>
        <translation>Conformity with the zoning control (the three lines and one list)</translation>
    </message>
</context>
<context>
    <name>SiteReportAlgorithm</name>
    <message>
        <location filename="../algorithms/site_report.py" line="43"/>
        <source>Site report (PDF)</source>
        <translation>Site report (PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="72"/>
        <source>Project site (its features together are the site)</source>
        <translation>Project site (its features together are the site)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="75"/>
        <source>Selected features only</source>
        <translation>Selected features only</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="77"/>
        <source>Or an extent as the site (used when there is no input layer)</source>
        <translation>Or an extent as the site (used when there is no input layer)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="80"/>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="85"/>
        <source>New coal boiler, t/h (for the screening)</source>
        <translation>New coal boiler, t/h (for the screening)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="90"/>
        <source>Site report</source>
        <translation>Site report</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="92"/>
        <source>EIA chapter, editable (for WPS or Word)</source>
        <translation>EIA chapter, editable (for WPS or Word)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="92"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="95"/>
        <source>Pages of the PDF</source>
        <translation>Pages of the PDF</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="119"/>
        <source>The site cannot be inspected: {0}</source>
        <translation>The site cannot be inspected: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="123"/>
        <source>The site lies entirely outside the city: the report says so and lists no requirements.</source>
        <translation>The site lies entirely outside the city: the report says so and lists no requirements.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="126"/>
        <source>{0} control unit(s), {1} requirement(s).</source>
        <translation>{0} control unit(s), {1} requirement(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="185"/>
        <source>The project cannot be screened: {0}</source>
        <translation>The project cannot be screened: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="186"/>
        <source>Screening as {0}: {1}</source>
        <translation>Screening as {0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="136"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="138"/>
        <source>Site report: {0} ({1} pages, {2:.1f} s)</source>
        <translation>Site report: {0} ({1} pages, {2:.1f} s)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="141"/>
        <source>EIA chapter: {0}</source>
        <translation>EIA chapter: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="62"/>
        <source>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be given: all its parcels together are the site, and the project name defaults to the file's name and its number of parcels.</source>
        <translation>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be given: all its parcels together are the site, and the project name defaults to the file's name and its number of parcels.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="65"/>
        <source>When the report cannot be written (a full disk, a folder that cannot be written, an output that would overwrite an input or the zoning dataset), the run fails with the reason, and older files of those names stay as they were; a cancel writes nothing. A site outside the city is not a failure: its report says so.</source>
        <translation>When the report cannot be written (a full disk, a folder that cannot be written, an output that would overwrite an input or the zoning dataset), the run fails with the reason, and older files of those names stay as they were; a cancel writes nothing. A site outside the city is not a failure: its report says so.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="103"/>
        <source>The coal boiler is only used with an industry code; it is left out.</source>
        <translation>The coal boiler is only used with an industry code; it is left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="150"/>
        <source>Give the file of the site report (OUTPUT_PDF).</source>
        <translation>Give the file of the site report (OUTPUT_PDF).</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="161"/>
        <source>The site report and the EIA chapter cannot be the same file ({0}).</source>
        <translation>The site report and the EIA chapter cannot be the same file ({0}).</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="169"/>
        <source>The project name has {0} characters: the report shows its first {1}.</source>
        <translation>The project name has {0} characters: the report shows its first {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="46"/>
        <source>Writes the site report of one project site as a PDF: page 1 shows the site on a map of the zoning layers (legend, scale bar, north arrow, coordinate grid, an inset of the whole city) and its overlap with the control units and the river ecological buffers; then the full text of every requirement that applies (the city-wide list, the basin list and the unit lists, grouped by dimension as in the panel), then the chapter “conformity with the zoning control” (三线一单符合性分析) of an environmental impact report. Every page carries the dataset's title and version, the date and the page number, and says so when the dataset is sample data.

The site: all features of the input layer taken together, or only its selected features; without an input layer, the extent. The chapter can also be written as an OpenDocument text (.odt) that WPS and Word open, to adapt it in the report.

With an industry code (and the size of a new coal boiler, if any), the project screening fills the column “Strength of the control” (管控强度) of the chapter's table with the strength, in the text's own words (禁止, 严格控制 …), of the items its rules rest on, and the chapter's note says so; the column “Conformity” (符合 / 不符合 / 待核实) is always the assessor's: the plugin never fills it.</source>
        <translation>Writes the site report of one project site as a PDF: page 1 shows the site on a map of the zoning layers (legend, scale bar, north arrow, coordinate grid, an inset of the whole city) and its overlap with the control units and the river ecological buffers; then the full text of every requirement that applies (the city-wide list, the basin list and the unit lists, grouped by dimension as in the panel), then the chapter “conformity with the zoning control” (三线一单符合性分析) of an environmental impact report. Every page carries the dataset's title and version, the date and the page number, and says so when the dataset is sample data.

The site: all features of the input layer taken together, or only its selected features; without an input layer, the extent. The chapter can also be written as an OpenDocument text (.odt) that WPS and Word open, to adapt it in the report.

With an industry code (and the size of a new coal boiler, if any), the project screening fills the column “Strength of the control” (管控强度) of the chapter's table with the strength, in the text's own words (禁止, 严格控制 …), of the items its rules rest on, and the chapter's note says so; the column “Conformity” (符合 / 不符合 / 待核实) is always the assessor's: the plugin never fills it.</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="82"/>
        <source>Industry code (GB/T 4754-2017; when given, the screening fills the column “Strength of the control”)</source>
        <translation>Industry code (GB/T 4754-2017; when given, the screening fills the column “Strength of the control”)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="179"/>
        <source>No industry code: no screening; the column “Strength of the control” stays empty and “Conformity” is the assessor's.</source>
        <translation>No industry code: no screening; the column “Strength of the control” stays empty and “Conformity” is the assessor's.</translation>
    </message>
</context>
<context>
    <name>SummaryFields</name>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="41"/>
        <source>{0} (m²)</source>
        <translation>{0} (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="41"/>
        <source>{0} (m)</source>
        <translation>{0} (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="42"/>
        <source>{0} (m² or m)</source>
        <translation>{0} (m² or m)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="47"/>
        <source>Status (ok, null, empty, invalid, outside, error)</source>
        <translation>Status (ok, null, empty, invalid, outside, error)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="47"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="48"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="48"/>
        <source>Inside the city</source>
        <translation>Inside the city</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="49"/>
        <source>Outside the city</source>
        <translation>Outside the city</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="50"/>
        <source>{0}: share (0–1)</source>
        <translation>{0}: share (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="50"/>
        <source>Control units, largest first</source>
        <translation>Control units, largest first</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="51"/>
        <source>River basins</source>
        <translation>River basins</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="51"/>
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="52"/>
        <source>In an urban built-up area (1 = yes)</source>
        <translation>In an urban built-up area (1 = yes)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="53"/>
        <source>In river ecological buffers</source>
        <translation>In river ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="54"/>
        <source>Rivers whose ecological buffer it touches</source>
        <translation>Rivers whose ecological buffer it touches</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="55"/>
        <source>Nearest river</source>
        <translation>Nearest river</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="55"/>
        <source>Distance to the nearest river (m)</source>
        <translation>Distance to the nearest river (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="57"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="57"/>
        <source>Geometry repaired (1 = yes)</source>
        <translation>Geometry repaired (1 = yes)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Feature id</source>
        <translation>Feature id</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="59"/>
        <source>Unit class (1, 2, 3)</source>
        <translation>Unit class (1, 2, 3)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="59"/>
        <source>Class name</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="60"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="60"/>
        <source>Share of the feature (0–1)</source>
        <translation>Share of the feature (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="56"/>
        <source>Distance measured from (bank, centre line: the plugin&apos;s reading)</source>
        <translation>Distance measured from (bank, centre line: the plugin&apos;s reading)</translation>
    </message>
</context>
<context>
    <name>WriteLandTxtAlgorithm</name>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="37"/>
        <source>Write a land-boundary coordinate file (坐标TXT)</source>
        <translation>Write a land-boundary coordinate file (坐标TXT)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="41"/>
        <source>Writes the polygons of a layer (the selected ones only, if you like) as a land-boundary coordinate file: a [属性描述] header and one [地块坐标] parcel per feature, X northing and Y easting in metres with three decimals, each ring closed.

The zone: the layer's own when its CRS is a Gauss-Kruger zone, otherwise the CGCS2000 zone of the features' centre (3 degrees unless 6 is chosen). The zone number is put in front of the eastings unless you turn that off. Parcel id, name and use come from the fields chosen, or from fields called DKBH, DKMC and DKYT (or 地块编号, 地块名称, 地块用途); TFH and DLBM are carried when the layer has them. The file is GBK with CRLF line ends unless UTF-8 is chosen, and it is replaced only once it is complete.</source>
        <translation>Writes the polygons of a layer (the selected ones only, if you like) as a land-boundary coordinate file: a [属性描述] header and one [地块坐标] parcel per feature, X northing and Y easting in metres with three decimals, each ring closed.

The zone: the layer's own when its CRS is a Gauss-Kruger zone, otherwise the CGCS2000 zone of the features' centre (3 degrees unless 6 is chosen). The zone number is put in front of the eastings unless you turn that off. Parcel id, name and use come from the fields chosen, or from fields called DKBH, DKMC and DKYT (or 地块编号, 地块名称, 地块用途); TFH and DLBM are carried when the layer has them. The file is GBK with CRLF line ends unless UTF-8 is chosen, and it is replaced only once it is complete.</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="53"/>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Parcel id field (when empty: DKBH or 地块编号)</source>
        <translation>Parcel id field (when empty: DKBH or 地块编号)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Parcel name field (when empty: DKMC or 地块名称)</source>
        <translation>Parcel name field (when empty: DKMC or 地块名称)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Land use field (when empty: DKYT or 地块用途)</source>
        <translation>Land use field (when empty: DKYT or 地块用途)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="58"/>
        <source>Put the zone number in front of the eastings</source>
        <translation>Put the zone number in front of the eastings</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>Zone width</source>
        <translation>Zone width</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>The layer&apos;s zone, else 3 degrees</source>
        <translation>The layer&apos;s zone, else 3 degrees</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>3 degrees</source>
        <translation>3 degrees</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>6 degrees</source>
        <translation>6 degrees</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="64"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="66"/>
        <source>Coordinate file</source>
        <translation>Coordinate file</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="66"/>
        <source>Coordinate files (*.txt)</source>
        <translation>Coordinate files (*.txt)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="77"/>
        <source>No parcel to write: the layer has no polygon features (or none is selected while only selected features are used).</source>
        <translation>No parcel to write: the layer has no polygon features (or none is selected while only selected features are used).</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="93"/>
        <source>The coordinate file cannot be written: {0}</source>
        <translation>The coordinate file cannot be written: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="99"/>
        <source>{0} parcel(s) written to {1} in {2} ({3}).</source>
        <translation>{0} parcel(s) written to {1} in {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="111"/>
        <source>{0} from the field “{1}”.</source>
        <translation>{0} from the field “{1}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="113"/>
        <source>No parcel id field: the parcels are numbered 1, 2, 3 … in 地块编号.</source>
        <translation>No parcel id field: the parcels are numbered 1, 2, 3 … in 地块编号.</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="119"/>
        <source>Feature {0} has no polygon; left out.</source>
        <translation>Feature {0} has no polygon; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="120"/>
        <source>Feature {0} has coordinates that are not finite numbers; left out.</source>
        <translation>Feature {0} has coordinates that are not finite numbers; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="137"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>… and {0} more feature(s) left out.</translation>
    </message>
</context>
<context>
    <name>ZoningAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="121"/>
        <source>Not enough memory for this run: analyse fewer or simpler features at a time.</source>
        <translation>Not enough memory for this run: analyse fewer or simpler features at a time.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124"/>
        <source>A file cannot be read or written: {0}</source>
        <translation>A file cannot be read or written: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>Internal error of the plugin ({0}: {1}); nothing was written. The details are in the log messages panel, tab “{2}”: please report them.</source>
        <translation>Internal error of the plugin ({0}: {1}); nothing was written. The details are in the log messages panel, tab “{2}”: please report them.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="58"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>The zoning dataset cannot be used: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="59"/>
        <source>Zoning dataset: {0} ({1})</source>
        <translation>Zoning dataset: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="74"/>
        <source>Zoning dataset (when empty: the plugin&apos;s current dataset)</source>
        <translation>Zoning dataset (when empty: the plugin&apos;s current dataset)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="61"/>
        <source>Version chosen by the date: {0}</source>
        <translation>Version chosen by the date: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="84"/>
        <source>In force on (YYYY-MM-DD; when empty: the dataset as chosen, whatever its dates)</source>
        <translation>In force on (YYYY-MM-DD; when empty: the dataset as chosen, whatever its dates)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="90"/>
        <source>With a date (DATE, YYYY-MM-DD), the version of the zoning in force that day is used: chosen among the datasets of the plugin&apos;s settings (the current one and the others listed, every version published in a PostGIS schema) by their effective and end dates (dataset_meta), or, when a zoning dataset is given, that one checked against its own dates. The log, the outputs&apos; provenance and the report say which version was chosen and why. A date before the first version, in a gap between two, after the last one ended, or on which two versions are in force stops the run with the reason, and nothing is written. Without a date, the dataset as chosen, whatever its dates.</source>
        <translation>With a date (DATE, YYYY-MM-DD), the version of the zoning in force that day is used: chosen among the datasets of the plugin&apos;s settings (the current one and the others listed, every version published in a PostGIS schema) by their effective and end dates (dataset_meta), or, when a zoning dataset is given, that one checked against its own dates. The log, the outputs&apos; provenance and the report say which version was chosen and why. A date before the first version, in a gap between two, after the last one ended, or on which two versions are in force stops the run with the reason, and nothing is written. Without a date, the dataset as chosen, whatever its dates.</translation>
    </message>
</context>
<context>
    <name>ZoningFunction</name>
    <message>
        <location filename="../gui/expressions.py" line="93"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>The layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="105"/>
        <source>{0} needs a geometry, e.g. $geometry.</source>
        <translation>{0} needs a geometry, e.g. $geometry.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="126"/>
        <source>a point, line or polygon, usually &lt;code&gt;$geometry&lt;/code&gt;</source>
        <translation>a point, line or polygon, usually &lt;code&gt;$geometry&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="128"/>
        <source>Returns the code of the environmental control unit at the geometry.</source>
        <translation>Returns the code of the environmental control unit at the geometry.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="129"/>
        <source>Returns the name of the environmental control unit at the geometry.</source>
        <translation>Returns the name of the environmental control unit at the geometry.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="130"/>
        <source>Returns the class of the environmental control unit at the geometry, by its name in the dataset (for example 优先保护单元).</source>
        <translation>Returns the class of the environmental control unit at the geometry, by its name in the dataset (for example 优先保护单元).</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="132"/>
        <source>Returns the class number of the environmental control unit at the geometry (the dataset&apos;s unit_class: 1, 2 or 3). Unlike the class name it does not depend on how a dataset names its classes: use it in rules and filters.</source>
        <translation>Returns the class number of the environmental control unit at the geometry (the dataset&apos;s unit_class: 1, 2 or 3). Unlike the class name it does not depend on how a dataset names its classes: use it in rules and filters.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="136"/>
        <source>Returns true when the geometry lies in a river ecological buffer, false when it does not.</source>
        <translation>Returns true when the geometry lies in a river ecological buffer, false when it does not.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="149"/>
        <source>Uses the zoning dataset chosen in the plugin&apos;s settings.</source>
        <translation>Uses the zoning dataset chosen in the plugin&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="151"/>
        <source>the unit&apos;s code, for example the result of zoning_unit_code</source>
        <translation>the unit&apos;s code, for example the result of zoning_unit_code</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="152"/>
        <source>空间布局约束, 污染物排放管控, 环境风险防控 or 资源利用效率, in any spelling that holds its keyword (空间, 污染, 风险, 资源); optional</source>
        <translation>空间布局约束, 污染物排放管控, 环境风险防控 or 资源利用效率, in any spelling that holds its keyword (空间, 污染, 风险, 资源); optional</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="155"/>
        <source>the spatial layout items of each feature&apos;s unit</source>
        <translation>the spatial layout items of each feature&apos;s unit</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="157"/>
        <source>all four dimensions</source>
        <translation>all four dimensions</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="160"/>
        <source>the value for each feature</source>
        <translation>the value for each feature</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="161"/>
        <source>without a layer: a CGCS2000 longitude/latitude</source>
        <translation>without a layer: a CGCS2000 longitude/latitude</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="163"/>
        <source>The geometry is read in the coordinate reference system of the expression&apos;s layer; without a layer (for example in a print layout without an atlas) as CGCS2000 longitude/latitude (EPSG:4490).</source>
        <translation>The geometry is read in the coordinate reference system of the expression&apos;s layer; without a layer (for example in a print layout without an atlas) as CGCS2000 longitude/latitude (EPSG:4490).</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="166"/>
        <source>A line or polygon over several units gets the unit that holds most of it (the largest area, or length for a line).</source>
        <translation>A line or polygon over several units gets the unit that holds most of it (the largest area, or length for a line).</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="168"/>
        <source>NULL outside the city and for a NULL or empty geometry or one that cannot be read in its CRS.</source>
        <translation>NULL outside the city and for a NULL or empty geometry or one that cannot be read in its CRS.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="143"/>
        <source>Returns the unit&apos;s own requirements of one dimension (not those of the city, the basin or the class), one a line, each after its id (U-ZH22040210001-03, as every view shows it). With an empty dimension, all four, each after a line with its name. NULL for an unknown unit code.</source>
        <translation>Returns the unit&apos;s own requirements of one dimension (not those of the city, the basin or the class), one a line, each after its id (U-ZH22040210001-03, as every view shows it). With an empty dimension, all four, each after a line with its name. NULL for an unknown unit code.</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="138"/>
        <source>Returns the distance in metres from the geometry to the river whose ecological buffer it lies in (the nearest such river), as the panel shows it: from the bank where the dataset gives the river&apos;s channel (rivers.channel_width_m; 0 inside the channel), else from the centre line, both the plugin&apos;s readings; NULL when it lies in no buffer.</source>
        <translation>Returns the distance in metres from the geometry to the river whose ecological buffer it lies in (the nearest such river), as the panel shows it: from the bank where the dataset gives the river&apos;s channel (rivers.channel_width_m; 0 inside the channel), else from the centre line, both the plugin&apos;s readings; NULL when it lies in no buffer.</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="72"/>
        <source>Zoning control inspector</source>
        <translation>Zoning control inspector</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="83"/>
        <source>Previous result</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="85"/>
        <source>Next result</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="88"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>Inspect the selected features of the active layer</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="93"/>
        <source>Zoom to the control unit</source>
        <translation>Zoom to the control unit</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="95"/>
        <source>Copy the whole result as text</source>
        <translation>Copy the whole result as text</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="361"/>
        <source>Export the result as HTML</source>
        <translation>Export the result as HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="128"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>Choose the inspect tool and click on the map, or on a feature of any layer.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="271"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>Outside the city: no requirements apply.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="272"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} control unit(s), {1} requirement(s); {2}/{3} in history</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="343"/>
        <source>The result is on the clipboard.</source>
        <translation>The result is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="361"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="385"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="107"/>
        <source>Inspect the point only (ignore features)</source>
        <translation>Inspect the point only (ignore features)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="111"/>
        <source>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</source>
        <translation>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="268"/>
        <source>The result shown may be out of date: {0}</source>
        <translation>The result shown may be out of date: {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="317"/>
        <source>Click to zoom to the unit.</source>
        <translation>Click to zoom to the unit.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="371"/>
        <source>Query time</source>
        <translation>Query time</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="373"/>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="91"/>
        <source>Inspect a coordinate file…</source>
        <translation>Inspect a coordinate file…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="99"/>
        <source>Site report (PDF)…</source>
        <translation>Site report (PDF)…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="101"/>
        <source>This result looks wrong…</source>
        <translation>This result looks wrong…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="103"/>
        <source>Doubts…</source>
        <translation>Doubts…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="204"/>
        <source>Longitude and latitude as copied from a web map or GPS (either order, decimal or degrees-minutes-seconds), or Gauss-Krüger northing and easting in metres; press Enter to go there and inspect.</source>
        <translation>Longitude and latitude as copied from a web map or GPS (either order, decimal or degrees-minutes-seconds), or Gauss-Krüger northing and easting in metres; press Enter to go there and inspect.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="368"/>
        <source>“{0}” already exists: choose it by its full name to replace it.</source>
        <translation>“{0}” already exists: choose it by its full name to replace it.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="163"/>
        <source>Load the zoning layers</source>
        <translation>Load the zoning layers</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="172"/>
        <source>First load the zoning layers: they show the city&apos;s control units and rivers on the map. Then choose the inspect tool and click anywhere in the city, or on a feature of any layer.</source>
        <translation>First load the zoning layers: they show the city&apos;s control units and rivers on the map. Then choose the inspect tool and click anywhere in the city, or on a feature of any layer.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="182"/>
        <source>You clicked at {0}, outside {1}, and the zoning layers are not loaded, so the map does not show where the city is. Load them, then click in the city.</source>
        <translation>You clicked at {0}, outside {1}, and the zoning layers are not loaded, so the map does not show where the city is. Load them, then click in the city.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="188"/>
        <source>Nothing inspected: the zoning layers are not loaded.</source>
        <translation>Nothing inspected: the zoning layers are not loaded.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="192"/>
        <source>{0}°E</source>
        <translation>{0}°E</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="192"/>
        <source>{0}°W</source>
        <translation>{0}°W</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="193"/>
        <source>{0}°N</source>
        <translation>{0}°N</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="193"/>
        <source>{0}°S</source>
        <translation>{0}°S</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="194"/>
        <source>{0} {1}</source>
        <comment>longitude latitude</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="203"/>
        <source>Go to: 125.145, 42.902</source>
        <translation>Go to: 125.145, 42.902</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="270"/>
        <source>Outside every listed city: no requirements apply.</source>
        <translation>Outside every listed city: no requirements apply.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="275"/>
        <source>{0} cities: {1}</source>
        <translation>{0} cities: {1}</translation>
    </message>
</context>
<context>
    <name>ZoningLocatorFilter</name>
    <message>
        <location filename="../gui/locator.py" line="87"/>
        <source>Ecological zoning control units</source>
        <translation>Ecological zoning control units</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="134"/>
        <source>Cannot read the coordinates: {0}</source>
        <translation>Cannot read the coordinates: {0}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="137"/>
        <source>Go to {0}, {1} and inspect</source>
        <translation>Go to {0}, {1} and inspect</translation>
    </message>
</context>
<context>
    <name>ZoningPlugin</name>
    <message>
        <location filename="../plugin.py" line="23"/>
        <source>&amp;Ecological zoning control</source>
        <translation>&amp;Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="81"/>
        <source>Load zoning layers</source>
        <translation>Load zoning layers</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="83"/>
        <source>Inspect: what applies here?</source>
        <translation>Inspect: what applies here?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="86"/>
        <source>Show/hide the inspector panel</source>
        <translation>Show/hide the inspector panel</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>Import official data…</source>
        <translation>Import official data…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="90"/>
        <source>Load the layers of every listed dataset</source>
        <translation>Load the layers of every listed dataset</translation>
    </message>
</context>
<context>
    <name>ZoningProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="19"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="22"/>
        <source>Ecological zoning control (三线一单)</source>
        <translation>Ecological zoning control (三线一单)</translation>
    </message>
</context>
<context>
    <name>ZoningSettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="20"/>
        <source>Ecological zoning control settings</source>
        <translation>Ecological zoning control settings</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="24"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="26"/>
        <source>Bundled sample dataset</source>
        <translation>Bundled sample dataset</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="27"/>
        <source>Zoning dataset</source>
        <translation>Zoning dataset</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="54"/>
        <source>Show unit labels at scales larger than</source>
        <translation>Show unit labels at scales larger than</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="42"/>
        <source>Also build the river buffers in the basins whose list lacks the buffer rule</source>
        <translation>Also build the river buffers in the basins whose list lacks the buffer rule</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="44"/>
        <source>The river buffer rule is written in the list of some basins only; this applies its widths to the rivers of the other basins too.</source>
        <translation>The river buffer rule is written in the list of some basins only; this applies its widths to the rivers of the other basins too.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="72"/>
        <source>This dataset cannot be used: {0}</source>
        <translation>This dataset cannot be used: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="29"/>
        <source>Or the dataset in PostGIS</source>
        <translation>Or the dataset in PostGIS</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="56"/>
        <source>The label scale and the buffer option apply at once to the loaded zoning layers (or when they are loaded); a dataset no longer listed takes its layers out of the project, a new active one replaces them on the map. The next inspection uses the new dataset and buffer option.</source>
        <translation>The label scale and the buffer option apply at once to the loaded zoning layers (or when they are loaded); a dataset no longer listed takes its layers out of the project, a new active one replaces them on the map. The next inspection uses the new dataset and buffer option.</translation>
    </message>
</context>
</TS>
