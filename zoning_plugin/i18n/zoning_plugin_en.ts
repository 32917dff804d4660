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
        <location filename="../gui/labels.py" line="10"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="10"/>
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
        <location filename="../gui/labels.py" line="14"/>
        <source>overlap</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14"/>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="15"/>
        <source>This location is outside 辽源市: no access list applies.</source>
        <translation>This location is outside 辽源市: no access list applies.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="16"/>
        <source>No requirement of this dimension at this level</source>
        <translation>No requirement of this dimension at this level</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>applies here</source>
        <translation>applies here</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="18"/>
        <source>Requirements that apply (1+2+61)</source>
        <translation>Requirements that apply (1+2+61)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="19"/>
        <source>Not inside a river ecological buffer</source>
        <translation>Not inside a river ecological buffer</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="17"/>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="18"/>
        <source>River ecological buffers</source>
        <translation>River ecological buffers</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="19"/>
        <source>Priority protection units</source>
        <translation>Priority protection units</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="21"/>
        <source>Key control units</source>
        <translation>Key control units</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="22"/>
        <source>General control units</source>
        <translation>General control units</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="24"/>
        <source>Urban built-up areas</source>
        <translation>Urban built-up areas</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="25"/>
        <source>County boundaries</source>
        <translation>County boundaries</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="26"/>
        <source>River basins</source>
        <translation>River basins</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="59"/>
        <source>[sample data]</source>
        <translation>[sample data]</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="85"/>
        <source>Version: {0}</source>
        <translation>Version: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="86"/>
        <source>Effective date: {0}</source>
        <translation>Effective date: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="87"/>
        <source>Authority: {0}</source>
        <translation>Authority: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>Source documents: {0}</source>
        <translation>Source documents: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="90"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="136"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>Cannot open layer {0} of {1}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="35"/>
        <source>River ecological buffers (松花江 basin, optional rule)</source>
        <translation>River ecological buffers (松花江 basin, optional rule)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="20"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</source>
        <translation>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="23"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25"/>
        <source>Partly outside 辽源市: {share} lies inside the city.</source>
        <translation>Partly outside 辽源市: {share} lies inside the city.</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="141"/>
        <source>{0} (sample)</source>
        <translation>{0} (sample)</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="39"/>
        <source>Zoning control inspector</source>
        <translation>Zoning control inspector</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="48"/>
        <source>Previous result</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="50"/>
        <source>Next result</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="53"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>Inspect the selected features of the active layer</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="56"/>
        <source>Zoom to the control unit</source>
        <translation>Zoom to the control unit</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="58"/>
        <source>Copy the whole result as text</source>
        <translation>Copy the whole result as text</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="176"/>
        <source>Export the result as HTML</source>
        <translation>Export the result as HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="63"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>Choose the inspect tool and click on the map, or on a feature of any layer.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="119"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>Outside the city: no requirements apply.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="120"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} control unit(s), {1} requirement(s); {2}/{3} in history</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="163"/>
        <source>The result is on the clipboard.</source>
        <translation>The result is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="176"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="188"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="186"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ZoningLocatorFilter</name>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>Ecological zoning control units</source>
        <translation>Ecological zoning control units</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="45"/>
        <source>Go to {0}, {1} and inspect (CGCS2000)</source>
        <translation>Go to {0}, {1} and inspect (CGCS2000)</translation>
    </message>
</context>
<context>
    <name>ZoningPlugin</name>
    <message>
        <location filename="../plugin.py" line="35"/>
        <source>&amp;Ecological zoning control</source>
        <translation>&amp;Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <source>Load zoning layers</source>
        <translation>Load zoning layers</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>Inspect: what applies here?</source>
        <translation>Inspect: what applies here?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>Show/hide the inspector panel</source>
        <translation>Show/hide the inspector panel</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="81"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>The zoning layers are still loading; please wait.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="217"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>Feature {0} of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="256"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="220"/>
        <source>Clicked point</source>
        <translation>Clicked point</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="222"/>
        <source>Map coordinates</source>
        <translation>Map coordinates</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="231"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>The layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="248"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>Select one or more features of a vector layer first.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="252"/>
        <source>The selected features have no geometry.</source>
        <translation>The selected features have no geometry.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="255"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>{0} selected feature(s) of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="292"/>
        <source>Point {0}, {1}</source>
        <translation>Point {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="197"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>The dataset cannot be used, settings not changed: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="163"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</translation>
    </message>
</context>
<context>
    <name>ZoningSettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="13"/>
        <source>Ecological zoning control settings</source>
        <translation>Ecological zoning control settings</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="17"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="19"/>
        <source>Bundled sample dataset</source>
        <translation>Bundled sample dataset</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="20"/>
        <source>Zoning dataset</source>
        <translation>Zoning dataset</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="21"/>
        <source>Also apply the 30 m river buffer in the 松花江 basin</source>
        <translation>Also apply the 30 m river buffer in the 松花江 basin</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="22"/>
        <source>The official rule (附件4, 辽河流域, 空间布局约束 item 5) is written in the 辽河流域 list only.</source>
        <translation>The official rule (附件4, 辽河流域, 空间布局约束 item 5) is written in the 辽河流域 list only.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="31"/>
        <source>Show unit labels at scales larger than</source>
        <translation>Show unit labels at scales larger than</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="33"/>
        <source>Changes apply the next time the layers are loaded and to the next inspection.</source>
        <translation>Changes apply the next time the layers are loaded and to the next inspection.</translation>
    </message>
</context>
</TS>
