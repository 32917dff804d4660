<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="7"/>
        <source>sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="8"/>
        <source>Location (CGCS2000 lon/lat)</source>
        <translation>位置（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="8"/>
        <source>Input CRS</source>
        <translation>输入坐标系</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="9"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="9"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="10"/>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
        <source>River basin</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="11"/>
        <source>Urban built-up area</source>
        <translation>城市建成区</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="11"/>
        <source>Control unit</source>
        <translation>管控单元</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="12"/>
        <source>River ecological buffer</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="13"/>
        <source>{river}, {width} m on each side, {distance} m from the centre line</source>
        <translation>{river} 两侧 {width} 米，距河道中心线 {distance} 米</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14"/>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="15"/>
        <source>This location is outside 辽源市: no access list applies.</source>
        <translation>该位置不在辽源市域内，没有适用的生态环境准入清单。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="16"/>
        <source>No requirement of this dimension at this level</source>
        <translation>本层级无此类要求</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>applies here</source>
        <translation>当前位置触发</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="17"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="18"/>
        <source>Requirements that apply (1+2+61)</source>
        <translation>适用的生态环境准入要求（1+2+61）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="19"/>
        <source>Not inside a river ecological buffer</source>
        <translation>不在河流生态缓冲区内</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="17"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="18"/>
        <source>River ecological buffers</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="19"/>
        <source>Priority protection units</source>
        <translation>优先保护单元</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="21"/>
        <source>Key control units</source>
        <translation>重点管控单元</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="22"/>
        <source>General control units</source>
        <translation>一般管控单元</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="24"/>
        <source>Urban built-up areas</source>
        <translation>城市建成区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="25"/>
        <source>County boundaries</source>
        <translation>县区界</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="26"/>
        <source>River basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="82"/>
        <source>[sample data]</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="108"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="109"/>
        <source>Effective date: {0}</source>
        <translation>实施日期：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="110"/>
        <source>Authority: {0}</source>
        <translation>发布机关：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="111"/>
        <source>Source documents: {0}</source>
        <translation>依据文件：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="113"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>示例数据：管控单元边界和单元准入清单并非官方划定成果。{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="159"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>无法打开 {1} 中的图层 {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="58"/>
        <source>River ecological buffers (松花江 basin, optional rule)</source>
        <translation>河流生态缓冲区（松花江流域，可选规则）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="20"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</source>
        <translation>输入几何自相交或无效，已自动修复 (make_valid) 后分析。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="23"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>示例数据：管控单元边界与单元清单为示例，非官方划定成果。</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="164"/>
        <source>{0} (sample)</source>
        <translation>{0}（示例）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25"/>
        <source>Partly outside the city: {outside} outside, {share} inside.</source>
        <translation>部分位于市域外：市域外 {outside}，市域内占 {share}。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>Query time</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="27"/>
        <source>{name}; {class_name}, {subtype}; {area}; share {share}</source>
        <translation>{name}；{class_name}，{subtype}；{area}；占比 {share}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="30"/>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="30"/>
        <source>[{0}]</source>
        <translation>【{0}】</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Unit class</source>
        <translation>单元分类</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>Class name</source>
        <translation>分类名称</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>County code</source>
        <translation>县区代码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>Unit type</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="38"/>
        <source>River</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
        <source>Basin ID</source>
        <translation>流域编号</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="39"/>
        <source>Buffer width (m)</source>
        <translation>缓冲区宽度（米）</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="40"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>BuildBuffersAlgorithm</name>
    <message>
        <location filename="../algorithms/build_buffers.py" line="77"/>
        <source>Build river ecological buffers</source>
        <translation>生成河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="80"/>
        <source>Data preparation</source>
        <translation>数据准备</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="86"/>
        <source>river,buffer,ecological,dissolve,zoning</source>
        <translation>河流,缓冲区,生态,融合,分区管控,river,buffer,ecological,dissolve,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="105"/>
        <source>River lines</source>
        <translation>河流线</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="107"/>
        <source>River name field (when empty: river_name, name, 名称 or 河流名称)</source>
        <translation>河流名称字段（留空时自动识别 river_name、name、名称或河流名称）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="110"/>
        <source>Width on each side, metres (a field or an expression; empty or NULL: the dataset&apos;s width)</source>
        <translation>单侧宽度（米，字段或表达式；为空或 NULL 时取数据集的宽度）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="114"/>
        <source>Dissolve the pieces of each river</source>
        <translation>按河流融合各段</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="116"/>
        <source>Zoning dataset (when empty: the plugin&apos;s current dataset)</source>
        <translation>分区管控数据集（留空时使用插件当前数据集）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="121"/>
        <source>River ecological buffers</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="131"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>输入图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="134"/>
        <source>The input layer is not a line layer.</source>
        <translation>输入图层不是线图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="136"/>
        <source>The input layer has no features (or none is selected while only selected features are used).</source>
        <translation>输入图层没有要素（或选择了“仅选中要素”但没有选中任何要素）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="291"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>……另有 {0} 个要素被跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="171"/>
        <source>No buffer was built: every feature was left out (see the log).</source>
        <translation>没有生成任何缓冲区：所有要素都被跳过（见日志）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="157"/>
        <source>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</source>
        <translation>输入的坐标与其坐标参考系 {0} 不符，请检查图层的坐标系是否正确。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="166"/>
        <source>The buffers cannot be built: {0}</source>
        <translation>无法生成缓冲区：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>无法使用分区管控数据集：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="181"/>
        <source>Zoning dataset: {0} ({1})</source>
        <translation>分区管控数据集：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="189"/>
        <source>The input layer has no field “{0}”.</source>
        <translation>输入图层没有字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="190"/>
        <source>River names from the field “{0}”.</source>
        <translation>河流名称取自字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="194"/>
        <source>River names from the field “{0}” (guessed from its name).</source>
        <translation>河流名称取自字段“{0}”（按字段名自动识别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="196"/>
        <source>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</source>
        <translation>没有河流名称字段：每个要素单独生成缓冲区，除非宽度表达式给出宽度，否则取数据集的一般宽度。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="209"/>
        <source>The width expression cannot be read: {0}</source>
        <translation>无法解析宽度表达式：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="213"/>
        <source>Widths from the expression {0} where it gives a value.</source>
        <translation>宽度在表达式 {0} 有值时取其值。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="227"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>要素 {0} 没有几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="236"/>
        <source>Feature {0}: the width expression fails ({1}); left out.</source>
        <translation>要素 {0}：宽度表达式计算失败（{1}），已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="242"/>
        <source>Feature {0}: the width “{1}” is not a positive number of metres; left out.</source>
        <translation>要素 {0}：宽度“{1}”不是正的米数，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="251"/>
        <source>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</source>
        <translation>要素 {0}：没有宽度（数据集中没有，宽度表达式也未给出），已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="273"/>
        <source>Buffers computed in {0}, the dataset&apos;s metric CRS.</source>
        <translation>缓冲区在数据集的投影坐标系 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="275"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</source>
        <translation>输入超出数据集投影坐标系的范围：缓冲区在输入中心所在的高斯-克吕格分带 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="278"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</source>
        <translation>输入超出数据集投影坐标系的范围：缓冲区在输入中心所在的 UTM 分带 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="281"/>
        <source>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</source>
        <translation>输入跨越经度超过 6 度：远离中心处的宽度误差超过 0.1%。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="285"/>
        <source>Feature {0}: the geometry cannot be read; left out.</source>
        <translation>要素 {0}：无法读取几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="286"/>
        <source>Feature {0} is not a line; left out.</source>
        <translation>要素 {0} 不是线，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="287"/>
        <source>Feature {0} lies outside the area the metric CRS can represent; left out.</source>
        <translation>要素 {0} 超出投影坐标系可表示的范围，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="303"/>
        <source>the width field or expression</source>
        <translation>宽度字段或表达式</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="304"/>
        <source>the dataset&apos;s width for this river</source>
        <translation>数据集中该河流的宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="305"/>
        <source>the dataset&apos;s general width</source>
        <translation>数据集的一般宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="317"/>
        <source>{0}: {1} m on each side ({2}), {3} piece(s), {4} m²</source>
        <translation>{0}：单侧 {1} 米（{2}），{3} 段，{4} m²</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="317"/>
        <source>feature {0}</source>
        <translation>要素 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="320"/>
        <source>… and {0} more buffer(s).</source>
        <translation>……另有 {0} 个缓冲区。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="321"/>
        <source>{0} buffer(s) from {1} feature(s).</source>
        <translation>由 {1} 个要素生成 {0} 个缓冲区。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="89"/>
        <source>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset&apos;s width for the river, matched by the river name field; otherwise the dataset&apos;s general width (the width its rule gives every other river). The log says where each width came from. A feature with a negative, zero or non-numeric width, or without a usable line, is reported and left out.

Buffers are computed in the dataset&apos;s metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input&apos;s centre. The output is in the input&apos;s CRS with the fields river_name, basin_id, buffer_m, width_from, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified.</source>
        <translation>为线图层中的河流生成生态缓冲区：河流两侧各按给定宽度划出的带状区域（与河道距离不超过该宽度的所有点，因此端部为圆头），并按河流融合。

宽度：宽度字段或表达式有值时取其值；否则按河流名称字段匹配分区管控数据集中该河流的宽度；再否则取数据集的一般宽度（规则对其他河流规定的宽度）。日志列出每个宽度的来源。宽度为负、为零或不是数字，或没有可用线几何的要素，会被报告并跳过。

输入位于数据集投影坐标系的适用范围内时，在该坐标系中计算缓冲区；否则在输入中心所在的高斯-克吕格或 UTM 分带中计算。输出采用输入图层的坐标系，字段为 river_name、basin_id、buffer_m、width_from、pieces 和 area_m2（该投影坐标系中的平方米）。不会修改输入图层。</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="41"/>
        <source>Zoning control inspector</source>
        <translation>生态环境分区管控查询</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="50"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="52"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="55"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>查询当前图层的选中要素</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="58"/>
        <source>Zoom to the control unit</source>
        <translation>缩放至管控单元</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="60"/>
        <source>Copy the whole result as text</source>
        <translation>将完整结果复制为文本</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="224"/>
        <source>Export the result as HTML</source>
        <translation>将结果导出为 HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="75"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>请选择查询工具，然后在地图上或任一图层的要素上单击。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="138"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>不在辽源市域内：没有适用的管控要求。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="139"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} 个管控单元，{1} 条要求；历史记录 {2}/{3}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="206"/>
        <source>The result is on the clipboard.</source>
        <translation>结果已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="224"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="240"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="238"/>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="66"/>
        <source>Inspect the point only (ignore features)</source>
        <translation>只查询点位（忽略要素）</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="70"/>
        <source>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</source>
        <translation>开启：即使点击处有其他图层的要素，也只查询点击的点位。关闭：点击要素时查询该要素。Shift+点击始终查询点位。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="136"/>
        <source>The result shown may be out of date: {0}</source>
        <translation>当前显示的结果可能已过时：{0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="180"/>
        <source>Click to zoom to the unit.</source>
        <translation>点击缩放到该单元。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="230"/>
        <source>Query time</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="232"/>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
</context>
<context>
    <name>ZoningLocatorFilter</name>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>Ecological zoning control units</source>
        <translation>生态环境管控单元</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="45"/>
        <source>Go to {0}, {1} and inspect (CGCS2000)</source>
        <translation>转到 {0}, {1} 并查询（CGCS2000）</translation>
    </message>
</context>
<context>
    <name>ZoningPlugin</name>
    <message>
        <location filename="../plugin.py" line="29"/>
        <source>&amp;Ecological zoning control</source>
        <translation>生态环境分区管控(&amp;E)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="74"/>
        <source>Load zoning layers</source>
        <translation>加载管控图层</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>Inspect: what applies here?</source>
        <translation>查询：此处适用哪些管控要求？</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Show/hide the inspector panel</source>
        <translation>显示/隐藏查询面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="239"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>管控图层仍在加载，请稍候。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>图层“{1}”的要素 {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="273"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="231"/>
        <source>Clicked point</source>
        <translation>单击位置</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="233"/>
        <source>Map coordinates</source>
        <translation>地图坐标</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="242"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>该图层没有坐标参考系，请先设置坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="265"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>请先选择矢量图层中的一个或多个要素。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="269"/>
        <source>The selected features have no geometry.</source>
        <translation>所选要素没有几何图形。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="272"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>图层“{1}”中选中的 {0} 个要素</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="310"/>
        <source>Point {0}, {1}</source>
        <translation>点 {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="208"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>数据集无法使用，设置未更改：{0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="170"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>数据集有 {0} 个问题，例如：{1}。请用 `python -m zoning_plugin.core validate` 校验。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="249"/>
        <source>The zoning dataset cannot be read: {0}</source>
        <translation>无法读取分区管控数据集：{0}</translation>
    </message>
</context>
<context>
    <name>ZoningProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="20"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="23"/>
        <source>Ecological zoning control (三线一单)</source>
        <translation>生态环境分区管控（三线一单）</translation>
    </message>
</context>
<context>
    <name>ZoningSettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="13"/>
        <source>Ecological zoning control settings</source>
        <translation>生态环境分区管控设置</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="17"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="19"/>
        <source>Bundled sample dataset</source>
        <translation>内置示例数据集</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="20"/>
        <source>Zoning dataset</source>
        <translation>分区管控数据集</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="21"/>
        <source>Also apply the 30 m river buffer in the 松花江 basin</source>
        <translation>在松花江流域同样执行 30 米河流缓冲区要求</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="22"/>
        <source>The official rule (附件4, 辽河流域, 空间布局约束 item 5) is written in the 辽河流域 list only.</source>
        <translation>官方规定（附件4，辽河流域，空间布局约束第 5 条）仅写入辽河流域清单。</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="31"/>
        <source>Show unit labels at scales larger than</source>
        <translation>在大于以下比例尺时显示单元标注</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="33"/>
        <source>Changes apply the next time the layers are loaded and to the next inspection.</source>
        <translation>更改将在下次加载图层及下次查询时生效。</translation>
    </message>
</context>
</TS>
