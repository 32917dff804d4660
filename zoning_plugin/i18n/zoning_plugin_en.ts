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
        <location filename="../gui/layers.py" line="37"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
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
        <location filename="../gui/layers.py" line="82"/>
        <source>[sample data]</source>
        <translation>[sample data]</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="108"/>
        <source>Version: {0}</source>
        <translation>Version: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="109"/>
        <source>Effective date: {0}</source>
        <translation>Effective date: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="110"/>
        <source>Authority: {0}</source>
        <translation>Authority: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="111"/>
        <source>Source documents: {0}</source>
        <translation>Source documents: {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="113"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="159"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>Cannot open layer {0} of {1}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="58"/>
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
        <location filename="../gui/layers.py" line="164"/>
        <source>{0} (sample)</source>
        <translation>{0} (sample)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25"/>
        <source>Partly outside the city: {outside} outside, {share} inside.</source>
        <translation>Partly outside the city: {outside} outside, {share} inside.</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>Query time</source>
        <translation>Query time</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="27"/>
        <source>{name}; {class_name}, {subtype}; {area}; share {share}</source>
        <translation>{name}; {class_name}, {subtype}; {area}; share {share}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="30"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="30"/>
        <source>[{0}]</source>
        <translation>[{0}]</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit class</source>
        <translation>Unit class</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>Class name</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>County code</source>
        <translation>County code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>Unit type</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
        <source>Basin ID</source>
        <translation>Basin ID</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
        <source>Buffer width (m)</source>
        <translation>Buffer width (m)</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="40"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>BuildBuffersAlgorithm</name>
    <message>
        <location filename="../algorithms/build_buffers.py" line="77"/>
        <source>Build river ecological buffers</source>
        <translation>Build river ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="80"/>
        <source>Data preparation</source>
        <translation>Data preparation</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="86"/>
        <source>river,buffer,ecological,dissolve,zoning</source>
        <translation>river,buffer,ecological,dissolve,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="105"/>
        <source>River lines</source>
        <translation>River lines</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="107"/>
        <source>River name field (when empty: river_name, name, 名称 or 河流名称)</source>
        <translation>River name field (when empty: river_name, name, 名称 or 河流名称)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="110"/>
        <source>Width on each side, metres (a field or an expression; empty or NULL: the dataset&apos;s width)</source>
        <translation>Width on each side, metres (a field or an expression; empty or NULL: the dataset&apos;s width)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="114"/>
        <source>Dissolve the pieces of each river</source>
        <translation>Dissolve the pieces of each river</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="116"/>
        <source>Zoning dataset (when empty: the plugin&apos;s current dataset)</source>
        <translation>Zoning dataset (when empty: the plugin&apos;s current dataset)</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="121"/>
        <source>River ecological buffers</source>
        <translation>River ecological buffers</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="131"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>The input layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="134"/>
        <source>The input layer is not a line layer.</source>
        <translation>The input layer is not a line layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="136"/>
        <source>The input layer has no features (or none is selected while only selected features are used).</source>
        <translation>The input layer has no features (or none is selected while only selected features are used).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="291"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>… and {0} more feature(s) left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="171"/>
        <source>No buffer was built: every feature was left out (see the log).</source>
        <translation>No buffer was built: every feature was left out (see the log).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="157"/>
        <source>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</source>
        <translation>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="166"/>
        <source>The buffers cannot be built: {0}</source>
        <translation>The buffers cannot be built: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>The zoning dataset cannot be used: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="181"/>
        <source>Zoning dataset: {0} ({1})</source>
        <translation>Zoning dataset: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="189"/>
        <source>The input layer has no field “{0}”.</source>
        <translation>The input layer has no field “{0}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="190"/>
        <source>River names from the field “{0}”.</source>
        <translation>River names from the field “{0}”.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="194"/>
        <source>River names from the field “{0}” (guessed from its name).</source>
        <translation>River names from the field “{0}” (guessed from its name).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="196"/>
        <source>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</source>
        <translation>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="209"/>
        <source>The width expression cannot be read: {0}</source>
        <translation>The width expression cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="213"/>
        <source>Widths from the expression {0} where it gives a value.</source>
        <translation>Widths from the expression {0} where it gives a value.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="227"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>Feature {0} has no geometry; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="236"/>
        <source>Feature {0}: the width expression fails ({1}); left out.</source>
        <translation>Feature {0}: the width expression fails ({1}); left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="242"/>
        <source>Feature {0}: the width “{1}” is not a positive number of metres; left out.</source>
        <translation>Feature {0}: the width “{1}” is not a positive number of metres; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="251"/>
        <source>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</source>
        <translation>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="273"/>
        <source>Buffers computed in {0}, the dataset&apos;s metric CRS.</source>
        <translation>Buffers computed in {0}, the dataset&apos;s metric CRS.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="275"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</source>
        <translation>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="278"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</source>
        <translation>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="281"/>
        <source>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</source>
        <translation>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="285"/>
        <source>Feature {0}: the geometry cannot be read; left out.</source>
        <translation>Feature {0}: the geometry cannot be read; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="286"/>
        <source>Feature {0} is not a line; left out.</source>
        <translation>Feature {0} is not a line; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="287"/>
        <source>Feature {0} lies outside the area the metric CRS can represent; left out.</source>
        <translation>Feature {0} lies outside the area the metric CRS can represent; left out.</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="303"/>
        <source>the width field or expression</source>
        <translation>the width field or expression</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="304"/>
        <source>the dataset&apos;s width for this river</source>
        <translation>the dataset&apos;s width for this river</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="305"/>
        <source>the dataset&apos;s general width</source>
        <translation>the dataset&apos;s general width</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="317"/>
        <source>{0}: {1} m on each side ({2}), {3} piece(s), {4} m²</source>
        <translation>{0}: {1} m on each side ({2}), {3} piece(s), {4} m²</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="317"/>
        <source>feature {0}</source>
        <translation>feature {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="320"/>
        <source>… and {0} more buffer(s).</source>
        <translation>… and {0} more buffer(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="321"/>
        <source>{0} buffer(s) from {1} feature(s).</source>
        <translation>{0} buffer(s) from {1} feature(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="89"/>
        <source>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset&apos;s width for the river, matched by the river name field; otherwise the dataset&apos;s general width (the width its rule gives every other river). The log says where each width came from. A feature with a negative, zero or non-numeric width, or without a usable line, is reported and left out.

Buffers are computed in the dataset&apos;s metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input&apos;s centre. The output is in the input&apos;s CRS with the fields river_name, basin_id, buffer_m, width_from, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified.</source>
        <translation>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset&apos;s width for the river, matched by the river name field; otherwise the dataset&apos;s general width (the width its rule gives every other river). The log says where each width came from. A feature with a negative, zero or non-numeric width, or without a usable line, is reported and left out.

Buffers are computed in the dataset&apos;s metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input&apos;s centre. The output is in the input&apos;s CRS with the fields river_name, basin_id, buffer_m, width_from, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified.</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="41"/>
        <source>Zoning control inspector</source>
        <translation>Zoning control inspector</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="50"/>
        <source>Previous result</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="52"/>
        <source>Next result</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="55"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>Inspect the selected features of the active layer</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="58"/>
        <source>Zoom to the control unit</source>
        <translation>Zoom to the control unit</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="60"/>
        <source>Copy the whole result as text</source>
        <translation>Copy the whole result as text</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="224"/>
        <source>Export the result as HTML</source>
        <translation>Export the result as HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="75"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>Choose the inspect tool and click on the map, or on a feature of any layer.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="138"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>Outside the city: no requirements apply.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="139"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} control unit(s), {1} requirement(s); {2}/{3} in history</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="206"/>
        <source>The result is on the clipboard.</source>
        <translation>The result is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="224"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="240"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="238"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="66"/>
        <source>Inspect the point only (ignore features)</source>
        <translation>Inspect the point only (ignore features)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="70"/>
        <source>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</source>
        <translation>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="136"/>
        <source>The result shown may be out of date: {0}</source>
        <translation>The result shown may be out of date: {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="180"/>
        <source>Click to zoom to the unit.</source>
        <translation>Click to zoom to the unit.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="230"/>
        <source>Query time</source>
        <translation>Query time</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="232"/>
        <source>Out of date</source>
        <translation>Out of date</translation>
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
        <location filename="../plugin.py" line="29"/>
        <source>&amp;Ecological zoning control</source>
        <translation>&amp;Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74"/>
        <source>Load zoning layers</source>
        <translation>Load zoning layers</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>Inspect: what applies here?</source>
        <translation>Inspect: what applies here?</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Show/hide the inspector panel</source>
        <translation>Show/hide the inspector panel</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="239"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>The zoning layers are still loading; please wait.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>Feature {0} of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="273"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="231"/>
        <source>Clicked point</source>
        <translation>Clicked point</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="233"/>
        <source>Map coordinates</source>
        <translation>Map coordinates</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="242"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>The layer has no coordinate reference system; set one first.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="265"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>Select one or more features of a vector layer first.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="269"/>
        <source>The selected features have no geometry.</source>
        <translation>The selected features have no geometry.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="272"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>{0} selected feature(s) of layer “{1}”</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="310"/>
        <source>Point {0}, {1}</source>
        <translation>Point {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="208"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>The dataset cannot be used, settings not changed: {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="170"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="249"/>
        <source>The zoning dataset cannot be read: {0}</source>
        <translation>The zoning dataset cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>ZoningProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="20"/>
        <source>Ecological zoning control</source>
        <translation>Ecological zoning control</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="23"/>
        <source>Ecological zoning control (三线一单)</source>
        <translation>Ecological zoning control (三线一单)</translation>
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
