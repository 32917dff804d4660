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
        <location filename="../gui/labels.py" line="10"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="10"/>
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
        <location filename="../gui/layers.py" line="59"/>
        <source>[sample data]</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="85"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="86"/>
        <source>Effective date: {0}</source>
        <translation>实施日期：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="87"/>
        <source>Authority: {0}</source>
        <translation>发布机关：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>Source documents: {0}</source>
        <translation>依据文件：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="90"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>示例数据：管控单元边界和单元准入清单并非官方划定成果。{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="136"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>无法打开 {1} 中的图层 {0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="35"/>
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
        <location filename="../gui/labels.py" line="25"/>
        <source>Partly outside 辽源市: {share} lies inside the city.</source>
        <translation>部分位于辽源市域外：市域内占 {share}。</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="141"/>
        <source>{0} (sample)</source>
        <translation>{0}（示例）</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="39"/>
        <source>Zoning control inspector</source>
        <translation>生态环境分区管控查询</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="48"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="50"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="53"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>查询当前图层的选中要素</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="56"/>
        <source>Zoom to the control unit</source>
        <translation>缩放至管控单元</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="58"/>
        <source>Copy the whole result as text</source>
        <translation>将完整结果复制为文本</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="176"/>
        <source>Export the result as HTML</source>
        <translation>将结果导出为 HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="63"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>请选择查询工具，然后在地图上或任一图层的要素上单击。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="119"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>不在辽源市域内：没有适用的管控要求。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="120"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} 个管控单元，{1} 条要求；历史记录 {2}/{3}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="163"/>
        <source>The result is on the clipboard.</source>
        <translation>结果已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="176"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="188"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="186"/>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
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
        <location filename="../plugin.py" line="35"/>
        <source>&amp;Ecological zoning control</source>
        <translation>生态环境分区管控(&amp;E)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <source>Load zoning layers</source>
        <translation>加载管控图层</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>Inspect: what applies here?</source>
        <translation>查询：此处适用哪些管控要求？</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>Show/hide the inspector panel</source>
        <translation>显示/隐藏查询面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="81"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="228"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>管控图层仍在加载，请稍候。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="217"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>图层“{1}”的要素 {0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="256"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="220"/>
        <source>Clicked point</source>
        <translation>单击位置</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="222"/>
        <source>Map coordinates</source>
        <translation>地图坐标</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="231"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>该图层没有坐标参考系，请先设置坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="248"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>请先选择矢量图层中的一个或多个要素。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="252"/>
        <source>The selected features have no geometry.</source>
        <translation>所选要素没有几何图形。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="255"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>图层“{1}”中选中的 {0} 个要素</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="292"/>
        <source>Point {0}, {1}</source>
        <translation>点 {0}, {1}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="197"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>数据集无法使用，设置未更改：{0}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="163"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>数据集有 {0} 个问题，例如：{1}。请用 `python -m zoning_plugin.core validate` 校验。</translation>
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
