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
        <location filename="../gui/layers.py" line="63"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
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
        <location filename="../gui/labels.py" line="18"/>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="18"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="20"/>
        <source>No requirement of this dimension at this level</source>
        <translation>本层级无此类要求</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>applies here</source>
        <translation>当前位置触发</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="21"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="24"/>
        <source>Not inside a river ecological buffer</source>
        <translation>不在河流生态缓冲区内</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="46"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="47"/>
        <source>River ecological buffers</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="49"/>
        <source>Urban built-up areas</source>
        <translation>城市建成区</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="50"/>
        <source>County boundaries</source>
        <translation>县区界</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="51"/>
        <source>River basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="113"/>
        <source>[sample data]</source>
        <translation>（示例数据）</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="139"/>
        <source>Version: {0}</source>
        <translation>版本：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="140"/>
        <source>Effective date: {0}</source>
        <translation>实施日期：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="141"/>
        <source>Authority: {0}</source>
        <translation>发布机关：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="142"/>
        <source>Source documents: {0}</source>
        <translation>依据文件：{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="144"/>
        <source>Sample data: the unit boundaries and unit lists are not the official delineation. {0}</source>
        <translation>示例数据：管控单元边界和单元准入清单并非官方划定成果。{0}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="270"/>
        <source>Cannot open layer {0} of {1}</source>
        <translation>无法打开 {1} 中的图层 {0}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="41"/>
        <source>The input geometry was self-intersecting or invalid; it was repaired (make_valid) before the analysis.</source>
        <translation>输入几何自相交或无效，已自动修复 (make_valid) 后分析。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="43"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>示例数据：管控单元边界与单元清单为示例，非官方划定成果。</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="276"/>
        <source>{0} (sample)</source>
        <translation>{0}（示例）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="45"/>
        <source>Partly outside the city: {outside} outside, {share} inside.</source>
        <translation>部分位于市域外：市域外 {outside}，市域内占 {share}。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="46"/>
        <source>Query time</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="47"/>
        <source>{name}; {class_name}, {subtype}; {area}; share {share}</source>
        <translation>{name}；{class_name}，{subtype}；{area}；占比 {share}</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="49"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="49"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="50"/>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="50"/>
        <source>[{0}]</source>
        <translation>【{0}】</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="62"/>
        <source>Unit class</source>
        <translation>单元分类</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="63"/>
        <source>Class name</source>
        <translation>分类名称</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="63"/>
        <source>County code</source>
        <translation>县区代码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>Unit type</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="64"/>
        <source>River</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
        <source>Basin ID</source>
        <translation>流域编号</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="65"/>
        <source>Buffer width (m)</source>
        <translation>缓冲区宽度（米）</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="66"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="19"/>
        <source>This location is outside {city}: no access list applies.</source>
        <translation>该位置不在{city}域内，没有适用的生态环境准入清单。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="22"/>
        <source>Requirements that apply ({structure})</source>
        <translation>适用的生态环境准入要求（{structure}）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="23"/>
        <source>applies to every {class_name}</source>
        <translation>适用于所有{class_name}</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="88"/>
        <source>River ecological buffers ({0}, optional rule)</source>
        <translation>河流生态缓冲区（{0}，可选规则）</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="34"/>
        <source>The output “{path}” would overwrite an input of this run ({other}): choose another file.</source>
        <translation>输出“{path}”会覆盖本次运行的输入（{other}）：请另选文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="36"/>
        <source>The output “{path}” lies inside the input folder “{other}”: choose a place outside it.</source>
        <translation>输出“{path}”位于输入文件夹“{other}”内：请选择该文件夹之外的位置。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="38"/>
        <source>The output “{path}” would overwrite the zoning dataset ({other}): choose another file.</source>
        <translation>输出“{path}”会覆盖分区管控数据集（{other}）：请另选文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="40"/>
        <source>The output “{path}” is an existing folder: give a file name.</source>
        <translation>输出“{path}”是已有的文件夹：请给出文件名。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="41"/>
        <source>The output folder “{path}” is an existing file: give a folder.</source>
        <translation>输出文件夹“{path}”是已有的文件：请给出文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="42"/>
        <source>The output folder “{path}” contains an input of this run ({other}): choose a new or empty folder.</source>
        <translation>输出文件夹“{path}”包含本次运行的输入（{other}）：请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="44"/>
        <source>The folder “{path}” holds files the plugin did not write there ({detail}): nothing was changed; choose a new or empty folder.</source>
        <translation>文件夹“{path}”中有并非本插件写入的文件（{detail}）：未作任何改动；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="46"/>
        <source>“{path}” exists and was not written by the plugin: nothing was changed; move it or choose another folder.</source>
        <translation>“{path}”已存在且并非本插件写入：未作任何改动；请移走它或另选文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="48"/>
        <source>“{path}” cannot be written: {detail}. Any older file of that name is unchanged.</source>
        <translation>无法写入“{path}”：{detail}。同名的原有文件未被改动。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="52"/>
        <source>“{path}” could not be written completely ({detail}; is the disk full?). Any older file of that name is unchanged.</source>
        <translation>“{path}”未能完整写出（{detail}；磁盘是否已满？）。同名的原有文件未被改动。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="26"/>
        <source>{label}: “{value}” is not a number.</source>
        <translation>{label}：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="27"/>
        <source>{label}: “{value}” is not a finite number.</source>
        <translation>{label}：“{value}”不是有限数值。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="28"/>
        <source>{label}: {value} is below the smallest value allowed, {limit}.</source>
        <translation>{label}：{value} 小于允许的最小值 {limit}。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="29"/>
        <source>{label}: {value} is above the largest value allowed, {limit}.</source>
        <translation>{label}：{value} 大于允许的最大值 {limit}。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="30"/>
        <source>{label}: in “{value}” the comma is ambiguous; write the decimal point as “.”.</source>
        <translation>{label}：“{value}”中的逗号含义不明；小数点请写作“.”。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="54"/>
        <source>{label}: {note}</source>
        <translation>{label}：{note}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="92"/>
        <source>cut to the shapefile&apos;s 254 bytes: {0}</source>
        <translation>已按 shapefile 的 254 字节截断：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="95"/>
        <source> (every unit is in the units table)</source>
        <translation>（单元表中列有全部单元）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="103"/>
        <source>{0} feature(s) have lists too long for a shapefile's text fields (254 bytes): they were cut after the last whole item that fits, ending in “…”, and 说明 says which. A GeoPackage output keeps them whole{1}.</source>
        <translation>{0} 个要素的列表超出 shapefile 文本字段的长度（254 字节）：已在能容纳的最后一个完整条目之后截断，以“…”结尾，并在“说明”中注明。GeoPackage 输出会完整保留{1}。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="103"/>
        <source>; the units table has every unit</source>
        <translation>；单元表中列有全部单元</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="37"/>
        <source>Feature {0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="40"/>
        <source>… and {0} more feature(s) with a message (see the status field).</source>
        <translation>……另有 {0} 个要素有提示信息（见状态字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="50"/>
        <source>“{path}” is given for two outputs of this run: give each its own file.</source>
        <translation>“{path}”被指定为本次运行的两个输出：请为每个输出分别指定文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/outputs.py" line="51"/>
        <source>“{path}” cannot be written: “{other}” is a file, not a folder.</source>
        <translation>无法写入“{path}”：“{other}”是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../toolbelt/shapefile.py" line="55"/>
        <source>{0}: a shapefile field name holds at most 10 bytes: {1}.</source>
        <translation>{0}：shapefile 字段名最多 10 字节，已改名：{1}。</translation>
    </message>
    <message>
        <location filename="../toolbelt/shapefile.py" line="58"/>
        <source>{0}: a shapefile field holds at most 254 bytes; values were cut in {1}. Choose a GeoPackage to keep them whole.</source>
        <translation>{0}：shapefile 字段最多容纳 254 字节，以下字段的值已被截断：{1}。如需完整保存，请选择 GeoPackage。</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="347"/>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="348"/>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="349"/>
        <source>the PDF writer failed</source>
        <translation>PDF 写出失败</translation>
    </message>
    <message>
        <location filename="../printing/layout.py" line="350"/>
        <source>the PDF writer failed ({0})</source>
        <translation>PDF 写出失败（{0}）</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="41"/>
        <source>{description} ({name})</source>
        <comment>a parameter named in a message</comment>
        <translation>{description}（{name}）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>Sources disagree</source>
        <translation>来源之间的分歧</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26"/>
        <source>The plugin&apos;s reading</source>
        <translation>本插件的理解</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="27"/>
        <source>The distance is measured from the river's centre line: this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>距离从河道中心线量起：这是本插件的理解，原文只说“两侧”（{source}）。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="39"/>
        <source>The list of {basin} has no river buffer rule: the rule was not applied here (“not inside a river ecological buffer” does not mean it was checked).</source>
        <translation>{basin}的清单没有河流生态缓冲区规则，此处未适用该规则（“不在河流生态缓冲区内”不代表已核对）。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14"/>
        <source>{river}, {width} m on each side (from the bank), {distance} m from the bank (channel {channel} m wide, from the dataset)</source>
        <translation>{river} 两侧 {width} 米（从河岸量起），距河岸 {distance} 米（河道宽 {channel} 米，取自数据集）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="16"/>
        <source>{river}, {width} m on each side, {distance} m away (from the bank where the dataset gives the channel, {channel} m wide; from the centre line elsewhere)</source>
        <translation>{river} 两侧 {width} 米，距离 {distance} 米（给出河道宽度 {channel} 米的河段从河岸量起，其余河段从中心线量起）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="29"/>
        <source>{rivers}: distances and buffer widths are measured from the bank (the channel width from the dataset, rivers.channel_width_m; the bank at half of it on each side of the centre line): this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>{rivers}的距离和缓冲区宽度从河岸量起（河道宽度取自数据集 rivers.channel_width_m，河岸在中心线两侧各半宽处）：这是本插件的理解，原文只说“两侧”（{source}）。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="33"/>
        <source>{rivers}: distances and buffer widths are measured from the centre line (the dataset gives no channel width for them): this is the plugin's reading; the text says only “on both sides” ({source}).</source>
        <translation>{rivers}的距离和缓冲区宽度从河道中心线量起（数据集没有给出其河道宽度）：这是本插件的理解，原文只说“两侧”（{source}）。</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="36"/>
        <source>{river} (channel {width} m wide)</source>
        <translation>{river}（河道宽 {width} 米）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="37"/>
        <source>{river} (some reaches, channel {width} m wide)</source>
        <translation>{river}（部分河段，河道宽 {width} 米）</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="38"/>
        <source>{names} and {count} rivers in all</source>
        <translation>{names}等 {count} 条河流</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="27"/>
        <source>River basin id</source>
        <translation>流域编号</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="28"/>
        <source>Buffer width on each side (m)</source>
        <translation>每侧缓冲宽度（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="28"/>
        <source>Where the width comes from</source>
        <translation>宽度来源</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="31"/>
        <source>Pieces of the river</source>
        <translation>河段数</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="57"/>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Feature id</source>
        <translation>要素ID</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="36"/>
        <source>Verdict</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="37"/>
        <source>Overall verdict of the site</source>
        <translation>项目总体研判结论</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="37"/>
        <source>Statement of the verdict</source>
        <translation>结论说明</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Rule id</source>
        <translation>规则编号</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="38"/>
        <source>Requirement id</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Source of the requirement</source>
        <translation>条目出处</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Requirement text</source>
        <translation>条目原文</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="39"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="40"/>
        <source>Industry code (GB/T 4754-2017)</source>
        <translation>行业代码（GB/T 4754-2017）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="40"/>
        <source>New coal boiler (t/h)</source>
        <translation>新建燃煤锅炉（蒸吨/小时）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="41"/>
        <source>Dataset version</source>
        <translation>数据集版本</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="41"/>
        <source>Coordinates as read</source>
        <translation>坐标读取结果</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="42"/>
        <source>Triggered rules</source>
        <translation>触发的规则</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="49"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="42"/>
        <source>Longitude (CGCS2000)</source>
        <translation>经度（CGCS2000）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="43"/>
        <source>Latitude (CGCS2000)</source>
        <translation>纬度（CGCS2000）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="48"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="48"/>
        <source>Kind of problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Number of boundary points</source>
        <translation>界址点数</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Parcel area (ha)</source>
        <translation>地块面积（公顷）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="54"/>
        <source>Parcel number</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Parcel name</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Geometry type</source>
        <translation>图形属性</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="55"/>
        <source>Map sheet number</source>
        <translation>图幅号</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Land use</source>
        <translation>地块用途</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Land class code</source>
        <translation>地类编码</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="56"/>
        <source>Further values of the line</source>
        <translation>该行其余内容</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="116"/>
        <source>Field aliases</source>
        <translation>字段别名</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="29"/>
        <source>Width measured from (bank, centre line: the plugin&apos;s reading)</source>
        <translation>宽度量起处（河岸或中心线：本插件的理解）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_aliases.py" line="30"/>
        <source>Channel width the bank is taken from (m)</source>
        <translation>推算河岸所用的河道宽度（米）</translation>
    </message>
    <message>
        <location filename="../toolbelt/i18n.py" line="15"/>
        <source>en</source>
        <comment>the code of the language of this translation: zh or en</comment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../toolbelt/log.py" line="14"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="186"/>
        <source>Other rivers</source>
        <translation>其他河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="186"/>
        <source>Main river</source>
        <translation>主要河流</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Priority protection units</source>
        <translation>优先保护单元</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="36"/>
        <source>Key control units</source>
        <translation>重点管控单元</translation>
    </message>
    <message>
        <location filename="../gui/layers.py" line="37"/>
        <source>General control units</source>
        <translation>一般管控单元</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="35"/>
        <source>Subtype</source>
        <translation>子类型</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="36"/>
        <source>Change type</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="37"/>
        <source>Area moved in (m²)</source>
        <translation>调入面积（平方米）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="37"/>
        <source>Area moved out (m²)</source>
        <translation>调出面积（平方米）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Code before</source>
        <translation>原编码</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Code after</source>
        <translation>新编码</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="38"/>
        <source>Name before</source>
        <translation>原名称</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Name after</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Class before</source>
        <translation>原类别</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="39"/>
        <source>Class after</source>
        <translation>新类别</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="40"/>
        <source>Class name before</source>
        <translation>原类别名称</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="40"/>
        <source>Class name after</source>
        <translation>新类别名称</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="41"/>
        <source>Matched by (code or overlap)</source>
        <translation>匹配方式（编码或重叠）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="41"/>
        <source>Area moved in from</source>
        <translation>调入来源</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="42"/>
        <source>Area moved out to</source>
        <translation>调出去向</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="42"/>
        <source>Version before</source>
        <translation>原版本</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="43"/>
        <source>Version after</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="37"/>
        <source>… and {0} more warning(s).</source>
        <translation>……另有 {0} 条警告。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="28"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../toolbelt/tables.py" line="61"/>
        <source>{0} is read as {1}.</source>
        <translation>{0} 按 {1} 编码读取。</translation>
    </message>
    <message>
        <location filename="../toolbelt/tables.py" line="68"/>
        <source>The first row is taken as the column names: {0}.</source>
        <translation>第一行作为列名：{0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/output.py" line="49"/>
        <source>The report “{0}” is a web page: give a file name ending in .html or .htm. Nothing was written.</source>
        <translation>报告“{0}”是网页：请给出以 .html 或 .htm 结尾的文件名。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="17"/>
        <source>fid {0}</source>
        <translation>要素 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="30"/>
        <source>{0} feature(s): {1} analysed, {2} repaired, {3} without geometry, {4} empty, {5} unusable, {6} outside the city, {7} partly outside.</source>
        <translation>共 {0} 个要素：已分析 {1} 个，几何已修复 {2} 个，无几何 {3} 个，空几何 {4} 个，几何无法使用 {5} 个，位于市域外 {6} 个，部分位于市域外 {7} 个。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="43"/>
        <source>{0}: {1} feature(s)</source>
        <translation>{0}：{1} 个要素</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="62"/>
        <source>The map could not be drawn: {0}</source>
        <translation>无法绘制地图：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/report.py" line="70"/>
        <source>Analysed features</source>
        <translation>分析的要素</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="18"/>
        <source>about {0} s</source>
        <translation>约 {0} 秒</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="21"/>
        <source>about {0} min {1} s</source>
        <translation>约 {0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="23"/>
        <source>about {0} h {1} min</source>
        <translation>约 {0} 小时 {1} 分</translation>
    </message>
    <message>
        <location filename="../toolbelt/feedback.py" line="50"/>
        <source>{0}% done, {1} left</source>
        <translation>已完成 {0}%，预计还需{1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="31"/>
        <source>PostGIS {0}, schema {1}</source>
        <translation>PostGIS {0}，模式 {1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="33"/>
        <source>Bundled sample dataset</source>
        <translation>插件自带的示例数据集</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="45"/>
        <source>in force from {0} until {1}</source>
        <translation>{0} 起施行，{1} 起不再施行</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="46"/>
        <source>in force from {0}</source>
        <translation>{0} 起施行</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="46"/>
        <source>no effective date</source>
        <translation>无生效日期</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="51"/>
        <source>{0}: cannot be opened: {1}</source>
        <translation>{0}：无法打开：{1}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="52"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="57"/>
        <source>City: {0}</source>
        <translation>城市：{0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="83"/>
        <source>Datasets side by side (other versions, neighbouring cities)</source>
        <translation>并列的数据集（其他版本、相邻城市）</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="93"/>
        <source>The first, in bold, is the active dataset: the panel, the locator and the expression functions use it. Double-click another to make it active.</source>
        <translation>第一行（粗体）为当前数据集：面板、定位器和表达式函数使用它。双击其他数据集可将其设为当前数据集。</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="99"/>
        <source>Add GeoPackage…</source>
        <translation>添加 GeoPackage…</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="100"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="101"/>
        <source>Make active</source>
        <translation>设为当前数据集</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="109"/>
        <source>Saved PostgreSQL connection…</source>
        <translation>已保存的 PostgreSQL 连接…</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="111"/>
        <source>Add PostGIS dataset</source>
        <translation>添加 PostGIS 数据集</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="131"/>
        <source>Active: {0}</source>
        <translation>当前：{0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="159"/>
        <source>Add a zoning dataset</source>
        <translation>添加管控数据集</translation>
    </message>
    <message>
        <location filename="../gui/dataset_list.py" line="159"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="46"/>
        <source>{city}: {dataset}</source>
        <translation>{city}：{dataset}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="48"/>
        <source>the plan layer is not a polygon layer</source>
        <translation>规划图层不是面图层</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="52"/>
        <source>the plan table&apos;s key is not one integer column</source>
        <translation>规划表的主键不是单个整数列</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="54"/>
        <source>the plan layer is a query, not a table</source>
        <translation>规划图层是查询，而不是表</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="57"/>
        <source>the plan layer&apos;s CRS is no EPSG code</source>
        <translation>规划图层的坐标参考系不是 EPSG 代码</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="70"/>
        <source>the dataset&apos;s published version has no overlay layers (published before them, or its metric CRS is no EPSG code)</source>
        <translation>数据集的已发布版本没有库内叠加用图层（发布于其之前，或其米制坐标系不是 EPSG 代码）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="74"/>
        <source>the published overlay layers were made with other buffer options</source>
        <translation>已发布的叠加用图层采用了不同的缓冲区选项</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="77"/>
        <source>the plan&apos;s geometry column is not in the layer&apos;s CRS</source>
        <translation>规划表的几何列与图层的坐标参考系不一致</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="107"/>
        <source>the plan layer is in another database than the dataset</source>
        <translation>规划图层与数据集不在同一数据库中</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="109"/>
        <source>the plan layer has no CRS</source>
        <translation>规划图层没有坐标参考系</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="116"/>
        <source>Conformity runs in QGIS, not in the database: {0}.</source>
        <translation>符合性分析在 QGIS 中进行，而不在数据库内：{0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="123"/>
        <source>Conformity runs inside the database: the plan table {0}.{1} against the dataset&apos;s published version {2}.</source>
        <translation>符合性分析在数据库内进行：规划表 {0}.{1} 对照数据集已发布的第 {2} 版。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/in_database.py" line="150"/>
        <source>Features {0}–{1} were overlaid in QGIS: the database failed on them: {2}</source>
        <translation>要素 {0}–{1} 改在 QGIS 中叠加：数据库处理它们时出错：{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/table_outputs.py" line="44"/>
        <source>The database destination names no table: {0}</source>
        <translation>数据库输出未指定表：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/table_outputs.py" line="74"/>
        <source>The table {0} could not be replaced by the new one: {1}. The new rows are in {2}.</source>
        <translation>无法用新表替换表 {0}：{1}。新结果在 {2} 中。</translation>
    </message>
</context>
<context>
    <name>BufferInputs</name>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="26"/>
        <source>River names from the field “{0}”.</source>
        <translation>河流名称取自字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="30"/>
        <source>River names from the field “{0}” (guessed from its name).</source>
        <translation>河流名称取自字段“{0}”（按字段名自动识别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="32"/>
        <source>No river name field: each feature is buffered on its own and gets the dataset&apos;s general width unless the width expression gives one.</source>
        <translation>没有河流名称字段：每个要素单独生成缓冲区，除非宽度表达式给出宽度，否则取数据集的一般宽度。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="47"/>
        <source>Width {0} m on each side for every feature.</source>
        <translation>所有要素的单侧宽度均为 {0} 米。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="49"/>
        <source>The width expression cannot be read: {0}</source>
        <translation>无法解析宽度表达式：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="51"/>
        <source>Widths from the expression {0} where it gives a value.</source>
        <translation>宽度在表达式 {0} 有值时取其值。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="76"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>要素 {0} 没有几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="84"/>
        <source>Feature {0}: the width expression fails ({1}); left out.</source>
        <translation>要素 {0}：宽度表达式计算失败（{1}），已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="91"/>
        <source>Feature {0}: the width {1} m is above the largest allowed, {2} m; left out.</source>
        <translation>要素 {0}：宽度 {1} 米超过允许的最大值 {2} 米，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="93"/>
        <source>Feature {0}: the width “{1}” is not a positive number of metres; left out.</source>
        <translation>要素 {0}：宽度“{1}”不是正的米数，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="97"/>
        <source>Feature {0}: no width (the dataset has none and the width expression gives none); left out.</source>
        <translation>要素 {0}：没有宽度（数据集中没有，宽度表达式也未给出），已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="114"/>
        <source>Channel widths: the dataset&apos;s, by river name, where it gives them; elsewhere widths from the centre line.</source>
        <translation>河道宽度：按河流名称取数据集给出的宽度；没有给出的河流，宽度从中心线量起。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="118"/>
        <source>Channel widths from the input&apos;s field {0} (found by its name).</source>
        <translation>河道宽度取自输入图层的字段 {0}（按字段名识别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="121"/>
        <source>Channel widths from {0} where it gives a value.</source>
        <translation>河道宽度：{0} 有值时取其值。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="122"/>
        <source>The channel width expression cannot be read: {0}</source>
        <translation>无法解析河道宽度表达式：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="147"/>
        <source>{0}: the dataset gives several channel widths; the widest, {1} m, is taken (give the channel field for each piece).</source>
        <translation>{0}：数据集给出多个河道宽度，取最宽的 {1} 米（如需逐段计算，请提供河道宽度字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="158"/>
        <source>Feature {0}: the channel width “{1}” is not a number of metres from 0 to {2}; left out.</source>
        <translation>要素 {0}：河道宽度“{1}”不是 0 至 {2} 米之间的数，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="168"/>
        <source>from the bank, channel {0} m wide</source>
        <translation>从河岸量起，河道宽 {0} 米</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="170"/>
        <source>from the bank where the channel is given ({0} m), else from the centre line</source>
        <translation>给出河道宽度（{0} 米）的河段从河岸量起，其余从中心线量起</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers_channels.py" line="171"/>
        <source>from the centre line</source>
        <translation>从中心线量起</translation>
    </message>
</context>
<context>
    <name>BuildBuffersAlgorithm</name>
    <message>
        <location filename="../algorithms/build_buffers.py" line="36"/>
        <source>Build river ecological buffers</source>
        <translation>生成河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="40"/>
        <source>river,buffer,ecological,dissolve,zoning</source>
        <translation>河流,缓冲区,生态,融合,分区管控,river,buffer,ecological,dissolve,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="71"/>
        <source>River lines</source>
        <translation>河流线</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="73"/>
        <source>River name field (when empty: river_name, name, 名称 or 河流名称)</source>
        <translation>河流名称字段（留空时自动识别 river_name、name、名称或河流名称）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="83"/>
        <source>Dissolve the pieces of each river</source>
        <translation>按河流融合各段</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="86"/>
        <source>River ecological buffers</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="161"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>……另有 {0} 个要素被跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="139"/>
        <source>No buffer was built: every feature was left out (see the log).</source>
        <translation>没有生成任何缓冲区：所有要素都被跳过（见日志）。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="125"/>
        <source>The coordinates of the input do not fit its coordinate reference system {0}; is the layer&apos;s CRS right?</source>
        <translation>输入的坐标与其坐标参考系 {0} 不符，请检查图层的坐标系是否正确。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="134"/>
        <source>The buffers cannot be built: {0}</source>
        <translation>无法生成缓冲区：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>Buffers computed in {0}, the dataset&apos;s metric CRS.</source>
        <translation>缓冲区在数据集的投影坐标系 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the Gauss-Kruger zone of the input&apos;s centre.</source>
        <translation>输入超出数据集投影坐标系的范围：缓冲区在输入中心所在的高斯-克吕格分带 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="143"/>
        <source>The input lies outside the dataset&apos;s metric CRS: buffers computed in {0}, the UTM zone of the input&apos;s centre.</source>
        <translation>输入超出数据集投影坐标系的范围：缓冲区在输入中心所在的 UTM 分带 {0} 中计算。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="150"/>
        <source>The input spans more than 6 degrees of longitude: widths far from the centre are off by more than 0.1 %.</source>
        <translation>输入跨越经度超过 6 度：远离中心处的宽度误差超过 0.1%。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="154"/>
        <source>Feature {0}: the geometry cannot be read; left out.</source>
        <translation>要素 {0}：无法读取几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="155"/>
        <source>Feature {0} is not a line; left out.</source>
        <translation>要素 {0} 不是线，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="157"/>
        <source>Feature {0} lies outside the area the metric CRS can represent; left out.</source>
        <translation>要素 {0} 超出投影坐标系可表示的范围，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="169"/>
        <source>the width field or expression</source>
        <translation>宽度字段或表达式</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="170"/>
        <source>the dataset&apos;s width for this river</source>
        <translation>数据集中该河流的宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="171"/>
        <source>the dataset&apos;s general width</source>
        <translation>数据集的一般宽度</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>feature {0}</source>
        <translation>要素 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="184"/>
        <source>… and {0} more buffer(s).</source>
        <translation>……另有 {0} 个缓冲区。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="186"/>
        <source>{0} buffer(s) from {1} feature(s).</source>
        <translation>由 {1} 个要素生成 {0} 个缓冲区。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="75"/>
        <source>Width on each side, metres, at most 10 000 (a number, a field or an expression; empty or NULL: the dataset&apos;s width)</source>
        <translation>单侧宽度（米，最大 10 000；数字、字段或表达式；为空或 NULL 时取数据集的宽度）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="156"/>
        <source>Feature {0} has coordinates that are not finite numbers; left out.</source>
        <translation>要素 {0} 的坐标不是有限数值，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="43"/>
        <source>Builds the ecological buffer of the rivers of a line layer: a strip the given width on each side of each river (every point within that distance of it, so the ends are round), dissolved per river.

Width: the width field or expression where it gives a value; otherwise the zoning dataset's width for the river, matched by the river name field; otherwise the dataset's general width (the width its rule gives every other river). The log says where each width came from. A width is at most 10 000 m on each side: the widest river strips of zoning lists are 1 to 5 km, so a larger figure is taken for a slip of units (km or cm typed as m). A width given as a number that is not finite, not positive or wider than that is refused; a feature whose field or expression gives such a width, or without a usable line, is reported and left out.

Channel: where the channel width field or expression gives a river's water-surface width (when empty: the input's field channel_width_m, else the zoning dataset's rivers.channel_width_m for the river), the width is measured from the bank, half the channel on each side of the line; otherwise from the centre line. Both are the plugin's readings: the text says only “on both sides”. The fields measured_from and channel_width_m say which each buffer got.

Buffers are computed in the dataset's metric CRS when the input lies within its area of use, otherwise in the Gauss-Kruger or UTM zone of the input's centre. The output is in the input's CRS with the fields river_name, basin_id, buffer_m, width_from, measured_from, channel_width_m, pieces and area_m2 (square metres in that metric CRS). The input layer is not modified, and the output is written only once it is complete: an output onto the input or the dataset is refused, and a failure or a cancel leaves an older file of that name as it was.</source>
        <translation>为线图层中的河流生成生态缓冲区：河流两侧各按给定宽度划出的带状区域（与河道距离不超过该宽度的所有点，因此端部为圆头），并按河流融合。

宽度：宽度字段或表达式有值时取其值；否则按河流名称字段匹配分区管控数据集中该河流的宽度；再否则取数据集的一般宽度（规则对其他河流规定的宽度）。日志列出每个宽度的来源。单侧宽度最大 10 000 米：准入清单中最宽的河流带为 1 至 5 公里，更大的数字视为单位错误（把公里或厘米当作米）。以数字给出的宽度若不是有限数、不是正数或超过上限，将被拒绝；字段或表达式给出这类宽度的要素，以及没有可用线几何的要素，会被报告并跳过。

河道：河道宽度字段或表达式给出河流水面宽度时（留空：取输入图层的字段 channel_width_m，再否则取分区管控数据集中该河流的 rivers.channel_width_m），宽度从河岸量起，河岸在中心线两侧各半个河道宽度处；否则从中心线量起。两者都是本插件的理解：原文只说“两侧”。字段 measured_from 和 channel_width_m 说明每个缓冲区的量法。

输入位于数据集投影坐标系的适用范围内时，在该坐标系中计算缓冲区；否则在输入中心所在的高斯-克吕格或 UTM 分带中计算。输出采用输入图层的坐标系，字段为 river_name、basin_id、buffer_m、width_from、measured_from、channel_width_m、pieces 和 area_m2（该投影坐标系中的平方米）。不会修改输入图层；输出完整生成后才写出：输出到输入或数据集上将被拒绝，失败或取消时同名旧文件保持原样。</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="79"/>
        <source>Channel (water-surface) width, metres: widths measured from the bank (a field or expression; empty: the field channel_width_m or the dataset&apos;s)</source>
        <translation>河道（水面）宽度，米：缓冲宽度从河岸量起（字段或表达式；留空：取字段 channel_width_m 或数据集的河道宽度）</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="180"/>
        <source>{0}: {1} m on each side ({2}), {3}, {4} piece(s), {5} m²</source>
        <translation>{0}：单侧 {1} 米（{2}），{3}，{4} 段，{5} m²</translation>
    </message>
    <message>
        <location filename="../algorithms/build_buffers.py" line="185"/>
        <source>… and {0} more river(s) with several channel widths.</source>
        <translation>……另有 {0} 条河流给出多个河道宽度。</translation>
    </message>
</context>
<context>
    <name>CompareVersionsAlgorithm</name>
    <message>
        <location filename="../algorithms/compare_versions.py" line="70"/>
        <source>Compare two versions of the zoning</source>
        <translation>比较分区管控的两个版本</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="74"/>
        <source>version,compare,change,update,dynamic,zoning</source>
        <translation>版本,比较,变化,更新,动态更新,分区管控</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="77"/>
        <source>Compares two zoning datasets, the version before and the version after an adjustment or update, as the dynamic maintenance of spatial plans does: the units before, the units after and the changes.

Units are matched by code, then, where a code changed, by overlap (more than half of one of the two). Each unit gets its change types: added, removed, class changed, renamed, code changed, boundary changed, with the area moved in and out in m², measured in the metric CRS of the dataset after, and the units the area came from or went to. A boundary counts as changed above 1 m².

The report (HTML) and the JSON also give every list item added, removed or reworded, with the words changed marked (Chinese character by character), grouped as the 1+2+N lists; the basins, the stored river buffers and the screening rules that changed; and the provenance of both datasets. The layers are in EPSG:4490. The datasets are only read; an output onto either is refused, and nothing is written unless everything is.</source>
        <translation>比较两个分区管控数据集——调整或更新之前的版本与之后的版本，按国土空间规划动态维护的做法输出：变更前的单元、变更后的单元和变化。

单元先按编码匹配；编码变化的，再按重叠面积匹配（重叠超过其中一方面积的一半）。每个单元给出其变化类型：新增、删除、类别调整、更名、编码变更、边界调整，以及调入、调出面积（平方米，按变更后数据集的量算坐标系计算）和面积来自或去往的单元。边界变化超过 1 平方米才计为边界调整。

报告（HTML）和 JSON 还列出每一条新增、删除或修改的清单条目，并标出改动的文字（中文逐字比较），按“1+2+N”清单分组；以及有变化的流域、数据集中保存的河流生态缓冲区和准入研判规则；并给出两个数据集的来源与版本。图层坐标系为 EPSG:4490。两个数据集只读不写；输出指向其中任何一个都会被拒绝；只有全部写完才会写出文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="93"/>
        <source>Zoning dataset before (the older version)</source>
        <translation>变更前的分区管控数据集（较早的版本）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="95"/>
        <source>Zoning dataset after (the newer version)</source>
        <translation>变更后的分区管控数据集（较新的版本）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="97"/>
        <source>Units before</source>
        <translation>变更前的单元</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="99"/>
        <source>Units after</source>
        <translation>变更后的单元</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="101"/>
        <source>Changed units</source>
        <translation>有变化的单元</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="103"/>
        <source>Comparison report</source>
        <translation>版本比较报告</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="103"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="105"/>
        <source>Comparison as JSON</source>
        <translation>版本比较（JSON）</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="105"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="113"/>
        <source>“{0}” must be a file name ending in {1}. Nothing was written.</source>
        <translation>“{0}”的文件名须以 {1} 结尾。未写出任何文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="113"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="121"/>
        <source>Give both zoning datasets.</source>
        <translation>请给出两个分区管控数据集。</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="123"/>
        <source>{0}: {1} ({2}), in force from {3}</source>
        <translation>{0}：{1}（{2}），{3} 起施行</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="168"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="168"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="123"/>
        <source>an unknown date</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="216"/>
        <source>Units: {0}</source>
        <translation>管控单元：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="219"/>
        <source>List items: {0} added, {1} removed, {2} reworded, {3} moved.</source>
        <translation>清单条目：新增 {0} 条，删除 {1} 条，修改 {2} 条，调整维度或小标题 {3} 条。</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_versions.py" line="221"/>
        <source>Basins changed: {0}; river buffers changed: {1}; screening rules changed: {2}.</source>
        <translation>有变化的流域 {0} 个；有变化的河流生态缓冲区 {1} 条；有变化的准入研判规则 {2} 条。</translation>
    </message>
</context>
<context>
    <name>ConformityAlgorithm</name>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="50"/>
        <source>Conformity analysis</source>
        <translation>符合性分析</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="53"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="59"/>
        <source>conformity,overlay,plan,land use,parcel,control unit,buffer,zoning</source>
        <translation>符合性,叠加分析,规划,土地利用,地块,管控单元,缓冲区,分区管控,conformity,overlay,plan,land use,parcel,control unit,buffer,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="104"/>
        <source>Input layer (plan, parcels, sites)</source>
        <translation>输入图层（规划、地块、项目选址）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="108"/>
        <source>ID field (names the features in the units table and the report)</source>
        <translation>ID 字段（在单元明细表和报告中用于标识要素）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="111"/>
        <source>Smallest overlap that counts (m²)</source>
        <translation>计入的最小重叠面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="115"/>
        <source>Conformity (features with summary fields)</source>
        <translation>符合性分析结果（附汇总字段的要素）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="117"/>
        <source>Conformity per unit (feature × unit table)</source>
        <translation>按管控单元的符合性明细（要素 × 单元表）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="120"/>
        <source>Conformity report</source>
        <translation>符合性分析报告</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="120"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features analysed</source>
        <translation>分析的要素数</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features touching a priority protection unit</source>
        <translation>涉及优先保护单元的要素数</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="122"/>
        <source>Features touching a river ecological buffer</source>
        <translation>涉及河流生态缓冲区的要素数</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="168"/>
        <source>The input layer has no features (or none is selected while only selected features are used): nothing was analysed.</source>
        <translation>输入图层没有要素（或选择了“仅选中要素”但没有选中任何要素），未进行分析。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="191"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="184"/>
        <source>Report: {0}</source>
        <translation>报告：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="93"/>
        <source>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be analysed: each parcel is one feature, with the fields of its parcel line (地块编号, 地块名称, 地块用途 …), in the file's coordinate reference system; the ID field is then 地块编号 unless another is chosen.</source>
        <translation>也可以不用图层，而分析界址点坐标TXT文件（LAND_TXT）：每个地块为一个要素，带有其地块行的字段（地块编号、地块名称、地块用途……），坐标参考系与文件相同；未另选编号字段时以地块编号为编号字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="97"/>
        <source>The outputs are written beside their destinations and replace the old files together only when the run has finished: a cancel, a failure or a crash leaves the old ones as they were. A shapefile's text fields hold 254 bytes: a longer list is cut after its last whole item, ending in “…”, and 说明 says what was cut (the units table has every unit). The report's name must end in .html or .htm.</source>
        <translation>各输出先写在目标旁，运行完成后才一起替换旧文件：取消、失败或崩溃都会原样保留旧文件。shapefile 的文本字段只能容纳 254 字节：更长的列表在最后一个完整条目之后截断，以“…”结尾，并在“说明”中注明截断内容（单元表中列有全部单元）。报告文件名须以 .html 或 .htm 结尾。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="86"/>
        <source>Boundary artefacts: a piece of an area overlap whose mean width (its area divided by half its perimeter) is under 0.1 m is a boundary drawn twice, not an area. It arises where a feature follows a unit's boundary but is given in another CRS (its edges run centimetres beside the unit's), and over kilometres of boundary it can reach tens of m². Such a piece adds nothing: it is not listed in 单元编码 or the units table, not flagged in 提示 and brings no requirements; a real overlap beside it still counts. The rule is taken piece by piece and does not apply to the river buffers (docs/overlay-rules.md in the plugin's source).</source>
        <translation>边界伪影：面状重叠中平均宽度（面积除以半周长）小于 0.1 m 的碎片，是同一条边界画了两次，而不是一块面积。要素沿管控单元边界绘制、但采用另一坐标系时（其边线与单元边线相距数厘米），就会产生这种碎片，沿数千米边界累计可达数十平方米。这种碎片不计入任何结果：不列入单元编码和单元表，不在提示中标记，也不带来任何管控要求；旁边真实的重叠照常计算。该规则逐块判断，不适用于河流生态缓冲区（见插件源码中的 docs/overlay-rules.md）。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/algorithm.py" line="62"/>
        <source>Overlays every feature of a layer (a land-use plan, parcels, project sites, lines or points) with the zoning dataset's control units, river basins, counties, urban built-up areas and river ecological buffers, in the dataset's metric CRS.

Output layer: the input features with these fields added (Chinese names of at most five characters, English aliases): 状态 status (ok, null, empty, invalid, outside, error) and 说明 message; 面积 (长度 for lines) the whole measure, 市域内面积 and 市域外面积 inside and outside the city; for each unit class 优先面积/优先占比, 重点面积/重点占比, 一般面积/一般占比 (m² or m, and the share 0–1 of the feature); 单元编码 the unit codes, largest first; 流域 basins; 县区 counties; 建成区 1 in an urban built-up area; 缓冲区面积 and 缓冲区河流 the part in river ecological buffers and their rivers; 最近河流 and 河流距离 (m), 距离量起 from where that distance is measured (bank where the dataset gives the river's channel width, else centre line: the plugin's reading, 000:25 says only 两侧); 提示 the flags (touches a priority protection unit, a river ecological buffer, partly or wholly outside the city); 已修复 1 when the geometry was repaired. Point layers get no area fields.

Units table: one row per feature and unit (要素ID the feature id, the ID field when chosen, 单元编码, 单元名称, 单元类别, 类别名称, 面积 or 长度, 占比).

HTML report: the dataset and its version, the counts, an overview map, area per class as a chart and a table, the features touching priority protection units or buffers first, the features that could not be analysed, and every requirement that applies, each level once, with its source.

An overlap smaller than the minimum area (default 1 m²) is a sliver and does not count. Features without geometry, empty or unusable, or outside the city are reported and do not stop the run; curves are segmentised and Z/M dropped for the analysis only. The input is not modified. A shapefile output is written in GBK unless another encoding is chosen.</source>
        <translation>将图层中的每个要素（土地利用规划、地块、项目选址，线或点亦可）与分区管控数据集中的管控单元、流域、县区、城市建成区和河流生态缓冲区进行叠加分析，计算在数据集的投影坐标系中进行。

输出图层：在输入要素上增加以下字段（字段名为不超过五个汉字的中文，另设别名）：状态（取值 ok、null、empty、invalid、outside、error）和说明；面积（线图层为长度）为要素的总量，市域内面积和市域外面积为位于市域内、外的部分；各类管控单元的优先面积/优先占比、重点面积/重点占比、一般面积/一般占比（m² 或 m，以及占要素的比例 0–1）；单元编码为涉及的管控单元编码，由大到小排列；流域为所在流域；县区为所在县区；建成区为 1 表示位于城市建成区内；缓冲区面积和缓冲区河流为位于河流生态缓冲区内的部分及其所属河流；最近河流和河流距离（m），距离量起为该距离的量起处（数据集给出河道宽度的河流从河岸量起，否则从中心线量起：这是本插件的理解，000:25 只说“两侧”）；提示为提示信息（涉及优先保护单元、涉及河流生态缓冲区、部分或全部位于市域外）；已修复为 1 表示几何已修复。点图层不含面积字段。

单元明细表：每个要素与其涉及的每个管控单元各占一行（要素ID 为要素编号，选择了 ID 字段时附该字段，以及单元编码、单元名称、单元类别、类别名称、面积或长度、占比）。

HTML 报告：数据集及其版本、统计概况、总览图、各类管控单元内的面积（图表和表格）、要素明细（涉及优先保护单元或缓冲区的要素在前）、未能分析的要素，以及所有适用的管控要求（每一层级列一次，并注明来源）。

小于最小面积（默认 1 m²）的重叠视为碎片，不计入。没有几何、几何为空或无法使用、位于市域外的要素会予以报告，不中断运行；仅在分析时将曲线分段化并去除 Z/M 值。不会修改输入图层。输出为 shapefile 时，除非另选编码，按 GBK 编码写出。</translation>
    </message>
</context>
<context>
    <name>ConformityInput</name>
    <message>
        <location filename="../algorithms/conformity/input.py" line="71"/>
        <source>The input layer has no coordinate reference system; its coordinates lie in the city only when read as {0}, so they were read so. Set the layer&apos;s CRS if that is wrong.</source>
        <translation>输入图层没有坐标参考系；其坐标只有按 {0} 解读时才位于市域内，已按此解读。如有误，请设置图层的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="68"/>
        <source>The input layer has no coordinate reference system, and its coordinates do not lie in the city in the dataset&apos;s CRSs; set the layer&apos;s CRS and run again.</source>
        <translation>输入图层没有坐标参考系，且按数据集的坐标参考系解读时其坐标都不在市域内，请设置图层的坐标参考系后重新运行。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="96"/>
        <source>A {0} in a layer of {1}: the file mixes geometry types; load each type as a layer of its own and analyse each. Its geometry is left out of the output.</source>
        <translation>{1}图层中有一个{0}：该文件混有多种几何类型；请将每种类型分别加载为图层并分别分析。输出中不含其几何。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="128"/>
        <source>The geometry cannot be read: {0}</source>
        <translation>无法读取几何：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/input.py" line="57"/>
        <source>The layer cannot be analysed: {0}</source>
        <translation>无法分析该图层：{0}</translation>
    </message>
</context>
<context>
    <name>ConformityLabels</name>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="35"/>
        <source>Touches a priority protection unit</source>
        <translation>涉及优先保护单元</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="36"/>
        <source>Touches a river ecological buffer</source>
        <translation>涉及河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="33"/>
        <source>Partly outside the city</source>
        <translation>部分位于市域外</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="67"/>
        <source>Outside the city</source>
        <translation>位于市域外</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="22"/>
        <source>Conformity analysis report</source>
        <translation>符合性分析报告</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="22"/>
        <source>Analysed layer</source>
        <translation>分析图层</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="23"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="23"/>
        <source>Smallest overlap counted</source>
        <translation>最小计入重叠面积</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="24"/>
        <source>Effective date</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="24"/>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="25"/>
        <source>Sample data: the unit boundaries and unit lists are examples, not the official delineation.</source>
        <translation>示例数据：管控单元边界与单元清单为示例，非官方划定成果。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="27"/>
        <source>Overview</source>
        <translation>分析概况</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="28"/>
        <source>Item</source>
        <translation>统计项</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="44"/>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="64"/>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="30"/>
        <source>Geometry repaired</source>
        <translation>几何已修复</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="65"/>
        <source>No geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="66"/>
        <source>Empty geometry</source>
        <translation>空几何</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="67"/>
        <source>Geometry unusable</source>
        <translation>几何无法使用</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="68"/>
        <source>Analysis failed</source>
        <translation>分析出错</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="37"/>
        <source>Overview map (1:{0})</source>
        <translation>总览图（1:{0}）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="37"/>
        <source>Detail {0} (1:{1})</source>
        <translation>局部图 {0}（1:{1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="38"/>
        <source>Area in each class of control unit</source>
        <translation>各类管控单元内的面积</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="39"/>
        <source>Length in each class of control unit</source>
        <translation>各类管控单元内的长度</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="40"/>
        <source>Totals per class</source>
        <translation>分类汇总</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="41"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="42"/>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>Length (m)</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="43"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="44"/>
        <source>In river ecological buffers</source>
        <translation>河流生态缓冲区内</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="46"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="47"/>
        <source>Point features</source>
        <translation>点要素</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="48"/>
        <source>Features (those touching a priority protection unit or a river ecological buffer first)</source>
        <translation>要素明细（涉及优先保护单元或河流生态缓冲区的要素在前）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="50"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="51"/>
        <source>Control units</source>
        <translation>管控单元</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="52"/>
        <source>River ecological buffer</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="53"/>
        <source>Nearest river</source>
        <translation>最近河流</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="53"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="54"/>
        <source>{0} more feature(s) not listed here: see the output layer.</source>
        <translation>另有 {0} 个要素未列出，见输出图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="55"/>
        <source>Features not analysed as given</source>
        <translation>未能按原样分析的要素</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="56"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="57"/>
        <source>Requirements that apply (each level once)</source>
        <translation>适用的生态环境准入要求（每一层级列一次）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="58"/>
        <source>{name}: city-wide requirements</source>
        <translation>{name}总体管控要求</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="59"/>
        <source>{name}: basin requirements</source>
        <translation>{name}管控要求</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="60"/>
        <source>{code} {name} ({class_name})</source>
        <translation>{code} {name}（{class_name}）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="61"/>
        <source>{0} feature(s)</source>
        <translation>涉及 {0} 个要素</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="62"/>
        <source>applies to the features in a river ecological buffer</source>
        <translation>涉及河流生态缓冲区的要素适用</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="63"/>
        <source>No feature lies in the city: no requirement applies.</source>
        <translation>没有要素位于市域内，没有适用的准入要求。</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="68"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="69"/>
        <source>{river} {distance} m</source>
        <translation>{river} {distance} 米</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/labels.py" line="70"/>
        <source>The map shows {0} of the {1} features analysed ({2} of the {3} touching a priority protection unit or a river ecological buffer first, an even sample of the rest); the output layer holds them all.</source>
        <translation>图中绘出已分析的 {1} 个要素中的 {0} 个（涉及优先保护单元或河流生态缓冲区的 {3} 个要素中的 {2} 个优先，其余均匀抽取）；输出图层包含全部要素。</translation>
    </message>
</context>
<context>
    <name>DatasetChoice</name>
    <message>
        <location filename="../gui/dataset_choice.py" line="16"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/dataset_choice.py" line="22"/>
        <source>The active dataset: what the panel, the locator and the expression functions use. The list is the settings' (Settings…).</source>
        <translation>当前数据集：面板、定位器和表达式函数使用它。列表来自设置（设置…）。</translation>
    </message>
    <message>
        <location filename="../gui/dataset_choice.py" line="35"/>
        <source>{0} (cannot be opened)</source>
        <translation>{0}（无法打开）</translation>
    </message>
</context>
<context>
    <name>DatasetControl</name>
    <message>
        <location filename="../gui/dataset_control.py" line="57"/>
        <source>The zoning layers are still loading; please wait.</source>
        <translation>管控图层仍在加载，请稍候。</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="73"/>
        <source>The dataset has {0} problem(s), e.g. {1}. Check it with `python -m zoning_plugin.core validate`.</source>
        <translation>数据集有 {0} 个问题，例如：{1}。请用 `python -m zoning_plugin.core validate` 校验。</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="172"/>
        <source>The dataset cannot be used, settings not changed: {0}</source>
        <translation>数据集无法使用，设置未更改：{0}</translation>
    </message>
    <message>
        <location filename="../gui/dataset_control.py" line="114"/>
        <source>Listed dataset not asked: {0}</source>
        <translation>列出的数据集未参与查询：{0}</translation>
    </message>
</context>
<context>
    <name>DateChoice</name>
    <message>
        <location filename="../gui/date_choice.py" line="24"/>
        <source>In force on:</source>
        <translation>施行日期：</translation>
    </message>
    <message>
        <location filename="../gui/date_choice.py" line="28"/>
        <source>YYYY-MM-DD (empty: the active dataset)</source>
        <translation>YYYY-MM-DD（留空：当前数据集）</translation>
    </message>
    <message>
        <location filename="../gui/date_choice.py" line="29"/>
        <source>A date (YYYY-MM-DD): a click inspects with the version of the zoning in force that day, chosen among the datasets listed in the settings by their effective and end dates, and the result says which and why. Empty: the active dataset, whatever its dates.</source>
        <translation>日期（YYYY-MM-DD）：点击时采用该日施行的分区管控版本查询，该版本按生效日期和废止日期从设置中列出的各数据集中选出，查询结果说明采用了哪个版本及其原因。留空：使用当前数据集，不论其日期。</translation>
    </message>
</context>
<context>
    <name>DoubtsController</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="300"/>
        <source>Your note is stored in {0}.</source>
        <translation>您的说明已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="297"/>
        <source>Your note is sent to the bureau: {0}.</source>
        <translation>您的说明已提交给生态环境局：{0}。</translation>
    </message>
</context>
<context>
    <name>DoubtsDialog</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="127"/>
        <source>Doubtful results</source>
        <translation>存疑结果</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Units</source>
        <translation>管控单元</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="136"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="154"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="155"/>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="156"/>
        <source>Storage file…</source>
        <translation>存储文件…</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="179"/>
        <source>Stored in {0}</source>
        <translation>存储位置：{0}</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="190"/>
        <source>(none: outside the city)</source>
        <translation>（无：位于市域外）</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="238"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="221"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 文件，供 Excel 使用 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="222"/>
        <source>Export the doubts</source>
        <translation>导出存疑结果</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="233"/>
        <source>Exported {0} doubt(s) to {1}</source>
        <translation>已将 {0} 条存疑结果导出到 {1}</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="238"/>
        <source>File for the doubts</source>
        <translation>存疑结果存储文件</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="206"/>
        <source>… {0} more</source>
        <translation>……另有 {0} 个</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="179"/>
        <source>Sent to the bureau: {0}</source>
        <translation>已提交给生态环境局：{0}</translation>
    </message>
</context>
<context>
    <name>FieldAtlas</name>
    <message>
        <location filename="../printing/field_package.py" line="90"/>
        <source>Field inspection sheet: {0}</source>
        <translation>现场检查表：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="91"/>
        <source>The site as given</source>
        <translation>检查对象基本信息</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="92"/>
        <source>Project screening result</source>
        <translation>项目准入研判结果</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="93"/>
        <source>Verdict</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="93"/>
        <source>Rules triggered</source>
        <translation>触发的规则</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="94"/>
        <source>Advisory screening, not an approval decision.</source>
        <translation>研判结果仅供参考，不作为审批决定。</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="95"/>
        <source>cited by the screening</source>
        <translation>准入研判所引用</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="96"/>
        <source>Inspection checklist</source>
        <translation>现场检查清单</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="97"/>
        <source>Check each requirement that applies and tick its result; the full text is on the preceding pages, under the same level, dimension and number.</source>
        <translation>逐条核查适用的管控要求并勾选结果；要求全文见前页，层级、管控维度和序号与此相同。</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="100"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="100"/>
        <source>Requirement (beginning)</source>
        <translation>管控要求（开头部分）</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="101"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="101"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>conforms</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>does not conform</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="103"/>
        <source>not concerned</source>
        <translation>不涉及</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="104"/>
        <source>No requirement applies: nothing to check.</source>
        <translation>没有适用的管控要求，无需核查。</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="105"/>
        <source>Inspection notes</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="105"/>
        <source>Conclusion</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="106"/>
        <source>Inspector (signature)</source>
        <translation>检查人员（签名）</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="106"/>
        <source>Date of inspection</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="107"/>
        <source>For the inspected party (signature)</source>
        <translation>被检查单位（签名）</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="108"/>
        <source>____ / ____ / ______</source>
        <translation>______年____月____日</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="109"/>
        <source>to be checked again</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="144"/>
        <source>Inspection site</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="172"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="177"/>
        <source>Generated {0}</source>
        <translation>生成时间：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="184"/>
        <source>{0} · site {1} of {2} · page {3} of {4}</source>
        <translation>{0} · 第 {1} 个检查对象，共 {2} 个 · 第 {3} 页，共 {4} 页</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="256"/>
        <source>Field inspection sheets</source>
        <translation>现场检查表</translation>
    </message>
    <message>
        <location filename="../printing/field_package.py" line="293"/>
        <source>error {0} of the PDF export</source>
        <translation>PDF 导出错误 {0}</translation>
    </message>
</context>
<context>
    <name>FieldPackageAlgorithm</name>
    <message>
        <location filename="../algorithms/field_package.py" line="47"/>
        <source>Field inspection package (现场检查包)</source>
        <translation>现场检查包</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="72"/>
        <source>Inspection sites</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="74"/>
        <source>Site name field</source>
        <translation>检查对象名称字段</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="76"/>
        <source>Screening verdict field</source>
        <translation>研判结论字段</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="79"/>
        <source>Triggered rules field</source>
        <translation>触发规则字段</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="82"/>
        <source>Inspector (default of the form)</source>
        <translation>检查人员（表单默认值）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="84"/>
        <source>Zoning kept around the sites, metres</source>
        <translation>检查对象周边保留分区管控图层的范围（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="88"/>
        <source>Inspection sheets</source>
        <translation>现场检查表</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="90"/>
        <source>Field package for QField (folder)</source>
        <translation>QField 现场检查包（文件夹）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="92"/>
        <source>Field package (zip)</source>
        <translation>现场检查包（zip）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="93"/>
        <source>Sites</source>
        <translation>检查对象数</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="94"/>
        <source>Pages of the PDF</source>
        <translation>PDF 页数</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="95"/>
        <source>Overflow pages</source>
        <translation>续页数</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="96"/>
        <source>Size of the zip (bytes)</source>
        <translation>zip 文件大小（字节）</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="108"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>输入图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="129"/>
        <source>No site with a usable geometry: nothing written.</source>
        <translation>没有具有可用几何的检查对象，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="138"/>
        <source>Inspection sheets: {0}: {1} site(s), {2} pages ({3} overflow pages), {4:.1f} s, {5:.3f} s per page.</source>
        <translation>现场检查表：{0}：{1} 个检查对象，共 {2} 页（续页 {3} 页），用时 {4:.1f} 秒，每页 {5:.3f} 秒。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="152"/>
        <source>Field package: {0} ({1} layers, {2:.2f} MB); zip: {3} ({4:.2f} MB); {5:.1f} s.</source>
        <translation>现场检查包：{0}（{1} 个图层，{2:.2f} MB）；zip：{3}（{4:.2f} MB）；用时 {5:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="203"/>
        <source>Sites whose geometry mixes points, lines and areas are in the PDF but not in the package: {0}</source>
        <translation>以下检查对象的几何混合了点、线和面，已列入 PDF，但未纳入现场检查包：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="50"/>
        <source>Prepares the inspection of a list of sites (enterprises as points, or areas; only the selected features, if you choose so in the input).

The PDF is a print layout atlas with one inspection sheet per site: a map excerpt (the control units, the river ecological buffers, the site), the site&apos;s own attributes, the screening result it carries (when a verdict or rules field is given, e.g. from the list screening), its units and their class, the buffers with the distance to the river, the full text of every requirement that applies, grouped as in the panel, and a checklist of these requirements with blank boxes, lines for notes, the conclusion, the inspector&apos;s signature and the date. A site&apos;s text goes on over as many pages as it needs; the log gives these overflow pages. Every page carries the dataset&apos;s version and, for sample data, the sample notice.

The package is a folder (and a .zip of it) that QField opens offline: a project with relative paths and one GeoPackage holding the sites with fields for the inspection (result, notes, photo, date, inspector; value map and defaults set in the forms), the zoning layers within the margin around the sites, styled as on the desktop, and the requirements table. The folder must be new, empty or a package the plugin wrote there before and nobody changed since: a folder holding anything else (a project of yours, a package back from the field with its photos and edits) is never replaced, nor a .zip of that name the plugin did not write; the run then stops before writing anything. The PDF and the package are put in place together at the end: a failure or a cancel leaves the older ones as they were. The input layer and the dataset are only read.</source>
        <translation>为一批检查对象（以点表示的企业，或面状区域；如在输入中勾选，则仅取选中要素）准备现场检查材料。

PDF 为打印布局图集，每个检查对象一张现场检查表：地图截图（管控单元、河流生态缓冲区和检查对象）、检查对象自身的属性、其附带的研判结果（指定了研判结论字段或触发规则字段时，如来自项目清单准入研判）、所在管控单元及其类别、所在缓冲区及与河流的距离、所有适用管控要求的全文（与面板一样分组），以及这些要求的检查清单（含空白勾选框、检查记录栏、检查结论、检查人员签名和日期）。一个检查对象的内容可延续多页；日志列出这些续页。每页均注明数据集版本，示例数据还注明示例数据说明。

现场检查包为一个文件夹（及其 .zip 压缩包），可在 QField 中离线打开：包括使用相对路径的项目文件和一个 GeoPackage，其中有带检查字段（检查结果、检查记录、照片、日期、检查人员；表单中已设置值映射和默认值）的检查对象、检查对象周边范围内的分区管控图层（样式与桌面端一致）以及管控要求表。文件夹须为新文件夹、空文件夹，或本插件之前在此写出且此后无人改动的现场检查包：含有其他任何内容的文件夹（您的项目，或带着照片和编辑从现场带回的检查包）绝不会被替换，本插件未写出的同名 .zip 也不会；此时运行在写出任何内容之前即停止。PDF 与检查包在最后一起放到位：失败或取消时，原有的 PDF 和检查包保持不变。输入图层和数据集只读取，不作修改。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="163"/>
        <source>No folder given for the field package.</source>
        <translation>未指定现场检查包的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="165"/>
        <source>The package folder “{0}” is the current folder ({1}): give the name of a new folder.</source>
        <translation>检查包文件夹“{0}”是当前文件夹（{1}）：请给出一个新文件夹的名称。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="171"/>
        <source>The inspection sheets “{0}” cannot go into the package folder “{1}” or be its zip: choose another place.</source>
        <translation>现场检查表“{0}”不能放在检查包文件夹“{1}”内，也不能与其 zip 同名：请另选位置。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="176"/>
        <source>Cancelled: nothing was written; the older outputs are as they were.</source>
        <translation>已取消：未写出任何内容；原有输出保持不变。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_package.py" line="187"/>
        <source>The dataset&apos;s layers were read from PostGIS ({0}, published version {1}).</source>
        <translation>数据集图层读自 PostGIS（{0}，发布版本 {1}）。</translation>
    </message>
</context>
<context>
    <name>FieldProject</name>
    <message>
        <location filename="../printing/field_project.py" line="140"/>
        <source>The sites cannot be written: {0}</source>
        <translation>无法写出检查对象：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="150"/>
        <source>Site No.</source>
        <translation>检查对象编号</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="150"/>
        <source>Site name</source>
        <translation>检查对象名称</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="151"/>
        <source>Control unit(s)</source>
        <translation>管控单元</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="151"/>
        <source>Unit class(es)</source>
        <translation>单元类别</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="152"/>
        <source>Inspection result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="152"/>
        <source>Inspection notes</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Date of inspection</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="153"/>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="200"/>
        <source>Field inspection: {0} {1}</source>
        <translation>现场检查：{0} {1}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="216"/>
        <source>Inspection sites (points)</source>
        <translation>检查对象（点）</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="216"/>
        <source>Inspection sites (lines)</source>
        <translation>检查对象（线）</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="217"/>
        <source>Inspection sites (areas)</source>
        <translation>检查对象（面）</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="218"/>
        <source>Inspection sites</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="227"/>
        <source>Requirements (access list)</source>
        <translation>管控要求（准入清单）</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="248"/>
        <source>Layers of the package do not open: {0}</source>
        <translation>现场检查包中的图层无法打开：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="250"/>
        <source>The project cannot be written: {0}</source>
        <translation>无法写出项目文件：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Requirement ID</source>
        <translation>要求编号</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="256"/>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>Dimension</source>
        <translation>管控维度</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="257"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="258"/>
        <source>Requirement</source>
        <translation>管控要求</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="258"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="269"/>
        <source>Requirements</source>
        <translation>管控要求</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="304"/>
        <source>tables missing: {0}</source>
        <translation>缺少数据表：{0}</translation>
    </message>
    <message>
        <location filename="../printing/field_project.py" line="234"/>
        <source>Provenance</source>
        <translation>来源与版本</translation>
    </message>
</context>
<context>
    <name>FieldSites</name>
    <message>
        <location filename="../algorithms/field_sites.py" line="37"/>
        <source>Site names from the field “{0}” (guessed from its name).</source>
        <translation>检查对象名称取自字段“{0}”（按字段名自动识别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="61"/>
        <source>Site {0}</source>
        <translation>检查对象 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="64"/>
        <source>{0} (feature {1}) has no geometry: left out.</source>
        <translation>{0}（要素 {1}）没有几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="72"/>
        <source>{0} (feature {1}) cannot be inspected: {2}</source>
        <translation>{0}（要素 {1}）无法查询：{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="84"/>
        <source>… and {0} more site(s) left out.</source>
        <translation>……另有 {0} 个检查对象被跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="86"/>
        <source>{0} site(s) outside the city; their sheets say so: {1}</source>
        <translation>{0} 个检查对象位于市域外，检查表中已予注明：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/field_sites.py" line="88"/>
        <source>{0} site(s) inspected, {1} left out.</source>
        <translation>已查询 {0} 个检查对象，跳过 {1} 个。</translation>
    </message>
</context>
<context>
    <name>GivenCoordinates</name>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>CGCS2000 (= WGS84 within centimetres)</source>
        <translation>CGCS2000（与 WGS84 仅相差厘米级）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="26"/>
        <source>WGS84 (GPS)</source>
        <translation>WGS84（GPS）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="27"/>
        <source>GCJ-02 (高德, 腾讯)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="27"/>
        <source>BD-09 (百度)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="28"/>
        <source>CGCS2000 3° Gauss-Krüger (metres)</source>
        <translation>CGCS2000 高斯-克吕格 3 度带（米）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="33"/>
        <source>CGCS2000</source>
        <translation>国家2000</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="33"/>
        <source>WGS84</source>
        <translation>WGS84（GPS）</translation>
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
        <translation>高斯-克吕格</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="41"/>
        <source>Point {0}, {1}</source>
        <translation>点位 {0}, {1}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="48"/>
        <source>zone number in the easting</source>
        <translation>带号取自东坐标</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="48"/>
        <source>zone chosen</source>
        <translation>指定的投影带</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="49"/>
        <source>zone of the dataset</source>
        <translation>数据集的投影带</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="50"/>
        <source>Given in CGCS2000 3° Gauss-Krüger zone {0} ({1}, {2}): northing {3}, easting {4}; converted to CGCS2000: {5}</source>
        <translation>按 CGCS2000 高斯-克吕格 3 度带第 {0} 带输入（{1}，{2}）：北坐标 {3}，东坐标 {4}；转换为 CGCS2000 经纬度：{5}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="54"/>
        <source>Given in {0}: {1}; converted to CGCS2000: {2}</source>
        <translation>按 {0} 输入：{1}；转换为 CGCS2000：{2}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="57"/>
        <source>Given in WGS84: {0}; used as CGCS2000 (they differ by centimetres)</source>
        <translation>按 WGS84 输入：{0}；直接作为 CGCS2000 使用（两者仅相差厘米级）</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="59"/>
        <source>Given in {0}: {1}</source>
        <translation>按 {0} 输入：{1}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="60"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="62"/>
        <source>Latitude came first; read as longitude {0}, latitude {1}</source>
        <translation>纬度在前；已按经度 {0}、纬度 {1} 读取</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="63"/>
        <source>Order</source>
        <translation>坐标顺序</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="65"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="65"/>
        <source>Outside China {0} has no offset: the coordinates were taken as given, not converted</source>
        <translation>在中国境外 {0} 没有偏移：坐标按原值使用，未作转换</translation>
    </message>
</context>
<context>
    <name>ImportDatasetAlgorithm</name>
    <message>
        <location filename="../algorithms/import_dataset.py" line="29"/>
        <source>Import official data</source>
        <translation>导入官方成果数据</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="33"/>
        <source>import,shapefile,GBK,field mapping,control units,access list,validate,zoning</source>
        <translation>导入,字段映射,管控单元,准入清单,校验,分区管控,import,shapefile,GBK,field mapping,control units,access list,validate,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="87"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="76"/>
        <source>Import failed, nothing was written: {0}</source>
        <translation>导入失败，未写出任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="81"/>
        <source>Import report: {0}</source>
        <translation>导入报告：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="95"/>
        <source>as given</source>
        <translation>按参数指定</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="95"/>
        <source>from the mapping file</source>
        <translation>取自字段映射文件</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="96"/>
        <source>guessed from its name</source>
        <translation>按字段名自动识别</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="100"/>
        <source>{0} ← field “{1}” ({2})</source>
        <translation>{0} ← 字段“{1}”（{2}）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="103"/>
        <source>{0}: no field</source>
        <translation>{0}：无对应字段</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="110"/>
        <source>… see the report for all {0} problems.</source>
        <translation>……全部 {0} 个问题见报告。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="111"/>
        <source>{0} error(s), {1} warning(s). Dataset written: {2}</source>
        <translation>{0} 个错误，{1} 个警告。已写出数据集：{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="36"/>
        <source>Builds a zoning dataset GeoPackage from official data: the control units (shapefile, GeoPackage, FileGDB, GeoJSON, DXF; any CRS; a shapefile's GBK or UTF-8 text is recognised, or give the encoding), their lists (from the units' four dimension fields or from a spreadsheet keyed by unit code), the city-wide and basin lists (an attachment text or a spreadsheet) and, if given, rivers, basins, counties and built-up areas.

Field parameters left empty take the guessed fields (HJZHGKDYBM, 环境管控单元编码, ZHGKDYFL, KJBJYS …); the log says which field went where. A source without a CRS needs the source CRS: it is never guessed.

The report lists every problem (codes, classes, duplicates, overlaps, gaps, units without a list, list rows for unknown units, empty dimensions, the area shares against the ones stated) and the problems layer shows where. A metric CRS, when given, must suit the data: one whose area of use is far from the units, or that measures their areas more than 0.5 % off, is refused with the CRS that fits. The tolerance is at most 10 000 m² (a hectare-sized sliver is a real gap, not digitising noise), a buffer width at most 10 000 m.

The dataset, the report and the problems layer are written only when complete, together, after the last cancel check: an output onto a source or inside a source folder is refused, and a failure, a full disk or a cancel leaves older files of those names as they were. The sources are never modified.</source>
        <translation>由官方成果数据生成分区管控数据集（GeoPackage）：管控单元（shapefile、GeoPackage、FileGDB、GeoJSON、DXF；坐标参考系不限；自动识别 shapefile 的 GBK 或 UTF-8 文本编码，也可指定编码）、单元准入清单（取自管控单元的四个维度字段，或按单元编码对应的电子表格）、市域总体和流域准入清单（附件文本或电子表格），以及（如提供）河流、流域、县区和城市建成区。

字段参数留空时使用自动识别的字段（HJZHGKDYBM、环境管控单元编码、ZHGKDYFL、KJBJYS 等）；日志说明每个字段的对应关系。没有坐标参考系的数据源须指定其坐标参考系，插件不会自行推测。

报告列出所有问题（编码、分类、重复、重叠、缝隙、没有准入清单的单元、对应不到单元的清单行、空的维度、面积占比与公布值的比较），问题图层标出问题所在位置。指定的投影坐标系须适合数据：适用范围远离管控单元、或量算其面积偏差超过 0.5 % 的坐标系不予采用，并提示合适的坐标系。容差最大 10 000 m²（公顷级的碎片是真实的缝隙，不是数字化误差），缓冲区宽度最大 10 000 米。

数据集、报告和问题图层在最后一次取消检查之后、完整生成时一并写出：输出到源数据上或源数据文件夹内的将被拒绝；失败、磁盘已满或取消时，同名旧文件保持原样。不会修改源数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset.py" line="62"/>
        <source>The report and the dataset cannot be the same file: {0}</source>
        <translation>报告和数据集不能是同一个文件：{0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gui/import_dialog.py" line="50"/>
        <source>Import official data</source>
        <translation>导入官方成果数据</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="57"/>
        <source>Units and fields</source>
        <translation>管控单元与字段</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="58"/>
        <source>Lists and layers</source>
        <translation>准入清单与图层</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="59"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="62"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="63"/>
        <source>Output dataset</source>
        <translation>输出数据集</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="75"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="76"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="77"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="78"/>
        <source>Use the new dataset</source>
        <translation>使用新数据集</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="159"/>
        <source>Vector files ({0})</source>
        <translation>矢量文件 ({0})</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="105"/>
        <source>Control units</source>
        <translation>管控单元</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="108"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="112"/>
        <source>Shapefile encoding</source>
        <translation>Shapefile 编码</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="115"/>
        <source>The source&apos;s own CRS</source>
        <translation>数据源自身的坐标参考系</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="117"/>
        <source>Source CRS</source>
        <translation>数据源坐标参考系</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="123"/>
        <source>First value</source>
        <translation>首条记录的值</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="143"/>
        <source>Load mapping…</source>
        <translation>加载字段映射…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="144"/>
        <source>Save mapping…</source>
        <translation>保存字段映射…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="152"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="153"/>
        <source>Unit lists (empty: the dimension fields)</source>
        <translation>单元准入清单（留空时取维度字段）</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="154"/>
        <source>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</source>
        <translation>文本或电子表格 (*.txt *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="155"/>
        <source>City-wide and basin lists</source>
        <translation>市域总体和流域准入清单</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Counties</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="157"/>
        <source>Built-up areas</source>
        <translation>城市建成区</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="162"/>
        <source>Guessed</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="163"/>
        <source>River name field</source>
        <translation>河流名称字段</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="173"/>
        <source>From the lists</source>
        <translation>取自准入清单</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="166"/>
        <source>Main river of the buffer rule</source>
        <translation>缓冲区规则中的干流</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="168"/>
        <source>Main river buffer width</source>
        <translation>干流缓冲区宽度</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="168"/>
        <source>Other rivers&apos; buffer width</source>
        <translation>其他河流缓冲区宽度</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>City name</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>City code</source>
        <translation>城市代码</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>From the counties</source>
        <translation>由县区代码推得</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Effective date</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Stated unit counts per class</source>
        <translation>公布的各类单元数量</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>Stated area shares per class, %</source>
        <translation>公布的各类单元面积占比（%）</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="214"/>
        <source>{0} field(s) in layer “{1}”.</source>
        <translation>图层“{1}”中有 {0} 个字段。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="216"/>
        <source>Encoding: {0}.</source>
        <translation>编码：{0}。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="218"/>
        <source>The source has no CRS: choose the source CRS.</source>
        <translation>数据源没有坐标参考系，请选择数据源坐标参考系。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="223"/>
        <source>— none —</source>
        <translation>—（无）—</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="250"/>
        <source>Save mapping</source>
        <translation>保存字段映射</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="267"/>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="261"/>
        <source>The mapping cannot be saved: {0}</source>
        <translation>无法保存字段映射：{0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="264"/>
        <source>Mapping saved: {0}</source>
        <translation>已保存字段映射：{0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="267"/>
        <source>Load mapping</source>
        <translation>加载字段映射</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="287"/>
        <source>Mapping loaded: {0}</source>
        <translation>已加载字段映射：{0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="287"/>
        <source>Mapping loaded; these fields are not in the units: {0}</source>
        <translation>已加载字段映射；管控单元中没有以下字段：{0}</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="319"/>
        <source>Choose the control units and the output dataset first.</source>
        <translation>请先选择管控单元和输出数据集。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="334"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="352"/>
        <source>Imported: {0} error(s), {1} warning(s). Check the report before using the dataset.</source>
        <translation>导入完成：{0} 个错误，{1} 个警告。使用该数据集前请查看报告。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="358"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="360"/>
        <source>Import failed: see the log below. Nothing was written.</source>
        <translation>导入失败，详见下方日志。未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="366"/>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="374"/>
        <source>The new dataset is now the plugin&apos;s dataset.</source>
        <translation>插件已改用新数据集。</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>What the effective date is</source>
        <translation>生效日期说明</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>e.g. the issue date of the implementation plan</source>
        <translation>例如：实施方案的印发日期</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>End date</source>
        <translation>废止日期</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog.py" line="182"/>
        <source>empty: still in force</source>
        <translation>留空：仍在施行</translation>
    </message>
</context>
<context>
    <name>ImportParameters</name>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="48"/>
        <source>Control units (layer or file)</source>
        <translation>管控单元（图层或文件）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="50"/>
        <source>Shapefile encoding (when empty: detected; e.g. GBK, UTF-8)</source>
        <translation>Shapefile 编码（留空时自动检测；如 GBK、UTF-8）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="51"/>
        <source>CRS of a source without one (when empty: the source&apos;s own)</source>
        <translation>无坐标参考系的数据源所用坐标参考系（留空时使用数据源自身的坐标参考系）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="54"/>
        <source>Field: {0} (when empty: guessed; -: none)</source>
        <translation>字段：{0}（留空时自动识别；填 - 表示无此字段）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="56"/>
        <source>Saved field mapping (JSON)</source>
        <translation>已保存的字段映射（JSON）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="58"/>
        <source>Unit lists spreadsheet (XLSX, ODS or CSV; when empty: the units&apos; dimension fields)</source>
        <translation>单元准入清单电子表格（XLSX、ODS 或 CSV；留空时取管控单元的维度字段）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="58"/>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="61"/>
        <source>City-wide and basin lists (attachment text or spreadsheet)</source>
        <translation>市域总体和流域准入清单（附件文本或电子表格）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="61"/>
        <source>Text or spreadsheet (*.txt *.xlsx *.ods *.csv)</source>
        <translation>文本或电子表格 (*.txt *.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Rivers</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="65"/>
        <source>Counties</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="66"/>
        <source>Built-up areas</source>
        <translation>城市建成区</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="70"/>
        <source>River name field (when empty: guessed)</source>
        <translation>河流名称字段（留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="71"/>
        <source>River channel width field, m: distances and buffers are then measured from the bank (when empty: channel_width_m, 河宽 … if present, else from the centre line)</source>
        <translation>河道宽度字段（米）：给出时距离和缓冲区从河岸量起（留空：如有 channel_width_m、河宽 等字段则取之，否则从中心线量起）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="74"/>
        <source>Main river of the buffer rule (when empty: from the lists)</source>
        <translation>缓冲区规则中的干流（留空时取自准入清单）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="75"/>
        <source>Basins the buffer rule applies in, comma-separated (when empty: the basin of the rule&apos;s list, or all)</source>
        <translation>缓冲区规则适用的流域，以逗号分隔（留空时取该规则所在清单的流域，否则为全部流域）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="77"/>
        <source>Main river buffer width, m, at most 10 000 (when empty: from the lists)</source>
        <translation>干流缓冲区宽度（米，最大 10 000，留空时取自准入清单）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="77"/>
        <source>Other rivers&apos; buffer width, m, at most 10 000 (when empty: from the lists)</source>
        <translation>其他河流缓冲区宽度（米，最大 10 000，留空时取自准入清单）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="83"/>
        <source>City name</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="84"/>
        <source>City code (when empty: from the county codes)</source>
        <translation>城市代码（留空时由县区代码推得）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="85"/>
        <source>Title of the city-wide list</source>
        <translation>市域总体准入清单标题</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="86"/>
        <source>Dataset title</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="87"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="88"/>
        <source>Effective date</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="89"/>
        <source>What the effective date is (e.g. the issue date of the implementation plan; the list itself undated)</source>
        <translation>生效日期说明（例如：实施方案的印发日期；清单本身未注明日期）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="92"/>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="93"/>
        <source>Stated unit counts per class, e.g. 31/26/4</source>
        <translation>公布的各类单元数量，如 31/26/4</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="94"/>
        <source>Stated area shares per class in %, e.g. 44.83/20.61/34.56</source>
        <translation>公布的各类单元面积占比（%），如 44.83/20.61/34.56</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="95"/>
        <source>Metric CRS (when empty: the Gauss-Kruger zone of the units)</source>
        <translation>投影坐标系（留空时取管控单元所在的高斯-克吕格投影带）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="97"/>
        <source>Overlap and gap tolerance, m² (0 to 10 000)</source>
        <translation>重叠和缝隙容差（m²，0 至 10 000）</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="100"/>
        <source>Zoning dataset</source>
        <translation>分区管控数据集</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="100"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="102"/>
        <source>Validation report</source>
        <translation>校验报告</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="102"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="104"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="106"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="107"/>
        <source>Warnings</source>
        <translation>警告数</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="110"/>
        <source>unit class</source>
        <translation>单元分类</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="111"/>
        <source>county</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="111"/>
        <source>unit type</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="112"/>
        <source>spatial layout constraints</source>
        <translation>空间布局约束</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="112"/>
        <source>pollutant discharge control</source>
        <translation>污染物排放管控</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="113"/>
        <source>environmental risk prevention</source>
        <translation>环境风险防控</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="114"/>
        <source>resource use efficiency</source>
        <translation>资源利用效率</translation>
    </message>
    <message>
        <location filename="../algorithms/import_dataset_params.py" line="91"/>
        <source>End date, YYYY-MM-DD (the day this version stopped applying; empty: still in force)</source>
        <translation>废止日期，YYYY-MM-DD（本版本停止施行之日；留空：仍在施行）</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <location filename="../algorithms/params.py" line="79"/>
        <source>The input layer has no field “{0}”.</source>
        <translation>输入图层没有字段“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="92"/>
        <source>The input layer has no coordinate reference system; set one first.</source>
        <translation>输入图层没有坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="95"/>
        <source>The input layer is not a line layer.</source>
        <translation>输入图层不是线图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="95"/>
        <source>The input layer is not a polygon layer.</source>
        <translation>输入图层不是面图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="99"/>
        <source>The input layer has no features (or none is selected while only selected features are used).</source>
        <translation>输入图层没有要素（或选择了“仅选中要素”但没有选中任何要素）。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../gui/inspector.py" line="49"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>该图层没有坐标参考系，请先设置坐标参考系。</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="59"/>
        <source>The zoning dataset cannot be read: {0}</source>
        <translation>无法读取分区管控数据集：{0}</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="82"/>
        <source>Feature {0} of layer “{1}”</source>
        <translation>图层“{1}”的要素 {0}</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="106"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="85"/>
        <source>Clicked point</source>
        <translation>单击位置</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="87"/>
        <source>Map coordinates</source>
        <translation>地图坐标</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="98"/>
        <source>Select one or more features of a vector layer first.</source>
        <translation>请先选择矢量图层中的一个或多个要素。</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="103"/>
        <source>The selected features have no geometry.</source>
        <translation>所选要素没有几何图形。</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="105"/>
        <source>{0} selected feature(s) of layer “{1}”</source>
        <translation>图层“{1}”中选中的 {0} 个要素</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="117"/>
        <source>Inspect a coordinate file</source>
        <translation>查询界址点坐标文件</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="117"/>
        <source>Coordinate files (*.txt *.TXT);;All files (*)</source>
        <translation>坐标文件 (*.txt *.TXT);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="125"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>无法读取坐标文件：{0}</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="129"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="129"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="130"/>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="130"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="131"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="132"/>
        <source>{0}: {1} parcel(s)</source>
        <translation>{0}：{1} 个地块</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="108"/>
        <source>Not inspected</source>
        <translation>未查询</translation>
    </message>
    <message>
        <location filename="../gui/inspector.py" line="108"/>
        <source>{0} selected feature(s) without geometry</source>
        <translation>{0} 个所选要素没有几何图形</translation>
    </message>
</context>
<context>
    <name>LandTxtInput</name>
    <message>
        <location filename="../algorithms/land_input.py" line="69"/>
        <source>Or a land-boundary coordinate file (坐标TXT) instead of the input layer</source>
        <translation>或以界址点坐标TXT文件代替输入图层</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="80"/>
        <source>Give either an input layer or a coordinate file (LAND_TXT), not both.</source>
        <translation>请只给出输入图层或坐标文件（LAND_TXT）之一，不要同时给出。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="84"/>
        <source>Give an input layer or a coordinate file (LAND_TXT).</source>
        <translation>请给出输入图层或坐标文件（LAND_TXT）。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="92"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>无法读取坐标文件：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="94"/>
        <source>{0} parcel(s) read from {1} ({2}).</source>
        <translation>从 {1} 读取 {0} 个地块（{2}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/land_input.py" line="89"/>
        <source>Cancelled while the coordinate file was read: nothing was written.</source>
        <translation>读取坐标文件时已取消，未写出任何内容。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../gui/doubts_dialog.py" line="74"/>
        <source>This result looks wrong</source>
        <translation>此结果存疑</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="76"/>
        <source>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is stored with the inspected geometry and the result in your own file {1}, to send to the bureau.</source>
        <translation>“{0}”中哪里似有错误？例如管控单元边界把一个工厂一分为二。该说明将与查询的几何和查询结果一起保存在您自己的文件 {1} 中，供报送生态环境局。</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="86"/>
        <source>Your note (required)</source>
        <translation>说明（必填）</translation>
    </message>
    <message>
        <location filename="../gui/doubts_dialog.py" line="76"/>
        <source>What looks wrong in “{0}”? For example, a unit boundary that cuts a factory in two. The note is sent with the inspected geometry and the result to the bureau's table {1}, in the name of your database role.</source>
        <translation>“{0}”中哪里似有错误？例如管控单元边界把一个工厂一分为二。该说明将与查询的几何和查询结果一起提交到生态环境局的表 {1}，以您的数据库角色署名。</translation>
    </message>
</context>
<context>
    <name>PanelSiteReport</name>
    <message>
        <location filename="../printing/from_panel.py" line="55"/>
        <source>Save the site report</source>
        <translation>保存项目选址报告</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="84"/>
        <source>{0}; inspected {1}</source>
        <translation>{0}；查询时间 {1}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="86"/>
        <source>Site report</source>
        <translation>项目选址报告</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="103"/>
        <source>The site report cannot be written: {0}</source>
        <translation>无法写出项目选址报告：{0}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="109"/>
        <source>Saved {0} ({1} pages) and {2}</source>
        <translation>已保存 {0}（共 {1} 页）和 {2}</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="71"/>
        <source>A site report is being written; please wait for it.</source>
        <translation>正在生成项目选址报告，请稍候。</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="114"/>
        <source>; no PDF viewer opened it.</source>
        <translation>；没有 PDF 阅读器打开它。</translation>
    </message>
    <message>
        <location filename="../printing/from_panel.py" line="115"/>
        <source>No PDF viewer opened the site report. It is saved at {0}</source>
        <translation>没有 PDF 阅读器打开项目选址报告。文件已保存在：{0}</translation>
    </message>
</context>
<context>
    <name>PostgisChoice</name>
    <message>
        <location filename="../gui/pg_choice.py" line="16"/>
        <source>None: the GeoPackage</source>
        <translation>不使用：用上面的 GeoPackage</translation>
    </message>
    <message>
        <location filename="../gui/pg_choice.py" line="23"/>
        <source>A saved PostgreSQL connection of QGIS (Browser panel › PostgreSQL): the plugin keeps its name only; the password stays in QGIS</source>
        <translation>QGIS 中已保存的 PostgreSQL 连接（浏览器面板 › PostgreSQL）：插件只记住连接名称，密码留在 QGIS 中</translation>
    </message>
    <message>
        <location filename="../gui/pg_choice.py" line="27"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
</context>
<context>
    <name>PreparationGroup</name>
    <message>
        <location filename="../algorithms/base.py" line="137"/>
        <source>Data preparation</source>
        <translation>数据准备</translation>
    </message>
</context>
<context>
    <name>PrintedReportMixin</name>
    <message>
        <location filename="../algorithms/base.py" line="147"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>PublishPostgisAlgorithm</name>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="22"/>
        <source>Publish the dataset to PostGIS</source>
        <translation>发布数据集到 PostGIS</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="26"/>
        <source>Writes a zoning dataset GeoPackage into a schema of a PostgreSQL database with PostGIS, chosen among QGIS&apos;s saved connections: the same tables and fields as the file, in EPSG:4490, with spatial indexes and a copy of the control units subdivided for overlays (ST_Subdivide, 256 vertices). The schema is created or upgraded by numbered migrations. Publishing again writes a new version beside the old ones; the plugin reads the latest. All of it is written in one transaction: a failure writes nothing. The role of the connection needs the right to create tables; the password stays in QGIS&apos;s authentication manager or the pg_service file.</source>
        <translation>把分区管控数据集 GeoPackage 写入带 PostGIS 的 PostgreSQL 数据库的一个模式（从 QGIS 已保存的连接中选择）：表和字段与文件相同，坐标系 EPSG:4490，建空间索引，并为叠加分析另存一份细分的管控单元（ST_Subdivide，256 个顶点）。模式由编号的迁移脚本创建或升级。再次发布时在旧版本旁写入新版本；插件读取最新版本。全部内容在一个事务中写入：出错则什么也不写。连接所用的角色需要建表权限；密码留在 QGIS 的认证管理器或 pg_service 文件中。</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="36"/>
        <source>Zoning dataset (GeoPackage)</source>
        <translation>分区管控数据集（GeoPackage）</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="38"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL 连接</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="40"/>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="42"/>
        <source>Published version</source>
        <translation>发布的版本</translation>
    </message>
    <message>
        <location filename="../algorithms/publish_postgis.py" line="50"/>
        <source>Published as version {0} in the schema {1} of the connection “{2}”.</source>
        <translation>已发布为连接“{2}”中模式 {1} 的第 {0} 版。</translation>
    </message>
</context>
<context>
    <name>ReadLandTxtAlgorithm</name>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="29"/>
        <source>Read a land-boundary coordinate file (坐标TXT)</source>
        <translation>读取界址点坐标TXT文件</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="48"/>
        <source>Land-boundary coordinate file</source>
        <translation>界址点坐标文件</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="48"/>
        <source>Coordinate files (*.txt *.TXT);;All files (*)</source>
        <translation>坐标文件 (*.txt *.TXT);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="51"/>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="57"/>
        <source>No coordinate file given.</source>
        <translation>未指定坐标文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="63"/>
        <source>The coordinate file cannot be read: {0}</source>
        <translation>无法读取坐标文件：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="65"/>
        <source>{0} parcel(s) in {1}; coordinate system {2} ({3}), zone {4} of the {5}-degree zones, encoding {6}.</source>
        <translation>{1} 中有 {0} 个地块；坐标系 {2}（{3}），{5} 度带第 {4} 带，编码 {6}。</translation>
    </message>
    <message>
        <location filename="../algorithms/read_land_txt.py" line="33"/>
        <source>Reads a land-boundary coordinate file of the kind exchanged for construction land approval (a [属性描述] header and [地块坐标] parcels, GBK or UTF-8) into a polygon layer, one feature per parcel, in the file's own coordinate reference system: the Gauss-Kruger zone named by 带号 and 几度分带, with or without the zone number in front of the eastings, as the file has it.

Rings that lie inside another ring of the same parcel become holes, the others further parts. The fields are those of the parcel line (JZDS, DKMJ, DKBH, DKMC, JLTXSX, TFH, DKYT, DLBM), EXTRA (any further fields) and area_m2.

A file with a wrong point count, an unclosed ring, a zone number that disagrees with the coordinates, no [地块坐标] section or a coordinate that is not a number is refused with the reason and the line. A long file can be cancelled while it is read; a cancel or a failure writes nothing, and an older output of that name stays as it was.</source>
        <translation>读取建设用地报批中交换使用的界址点坐标文件（含 [属性描述] 文件头和 [地块坐标] 地块，GBK 或 UTF-8 编码），生成面图层，每个地块一个要素，坐标参考系沿用文件本身的坐标系：即由带号和几度分带确定的高斯-克吕格投影带，东坐标前是否带带号以文件为准。

同一地块中位于另一环内部的环作为内环（洞），其余的环作为该地块的其他部分。字段为地块行的各项（JZDS、DKMJ、DKBH、DKMC、JLTXSX、TFH、DKYT、DLBM），以及 EXTRA（其余各项）和 area_m2。

界址点数不符、环未闭合、带号与坐标不一致、缺少 [地块坐标] 节或坐标不是数字的文件将不予读取，并给出原因和所在行。读取较长的文件时可以取消；取消或失败时不写出任何内容，同名旧输出保持原样。</translation>
    </message>
</context>
<context>
    <name>ScreenListAlgorithm</name>
    <message>
        <location filename="../algorithms/screen_list.py" line="43"/>
        <source>Screen a list of enterprises (项目清单准入研判)</source>
        <translation>项目清单准入研判</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="46"/>
        <source>screening,list,enterprises,xlsx,csv,coordinates,gcj-02,bd-09,zoning</source>
        <translation>准入研判,清单,企业,坐标,高德,百度,分区管控,screening,list,enterprises,xlsx,csv,coordinates,gcj-02,bd-09,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="71"/>
        <source>Enterprise list (table, XLSX or CSV file, or layer)</source>
        <translation>企业清单（表格、XLSX 或 CSV 文件，或图层）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Longitude or easting column (empty: guessed)</source>
        <translation>经度或东坐标列（留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Latitude or northing column (empty: guessed)</source>
        <translation>纬度或北坐标列（留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Or one column with both coordinates</source>
        <translation>或同时包含两个坐标的一列</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Industry code column (empty: guessed)</source>
        <translation>行业代码列（留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>New coal boiler column, t/h (empty: guessed)</source>
        <translation>新建燃煤锅炉规模列（t/h，留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="74"/>
        <source>Enterprise name column (empty: guessed)</source>
        <translation>企业名称列（留空时自动识别）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="80"/>
        <source>Coordinate system of the list</source>
        <translation>清单的坐标系</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="82"/>
        <source>Gauss-Krüger zone of eastings without the zone number (empty: the dataset's)</source>
        <translation>东坐标不带带号时的高斯-克吕格投影带号（留空时取数据集的投影带）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="86"/>
        <source>Enterprises with their verdict</source>
        <translation>企业及其研判结论</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="91"/>
        <source>CGCS2000 longitude/latitude (= WGS84 within centimetres)</source>
        <translation>CGCS2000 经纬度（与 WGS84 仅相差厘米级）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="92"/>
        <source>WGS84 longitude/latitude (GPS)</source>
        <translation>WGS84 经纬度（GPS）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="92"/>
        <source>GCJ-02 (高德, 腾讯)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="93"/>
        <source>BD-09 (百度)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="93"/>
        <source>CGCS2000 3° Gauss-Krüger (metres)</source>
        <translation>CGCS2000 高斯-克吕格 3 度带（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="104"/>
        <source>The list has no rows (or none is selected while only selected features are used).</source>
        <translation>清单中没有记录（或选择了“仅选中要素”但没有选中任何要素）。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="136"/>
        <source>The list has no column “{0}”.</source>
        <translation>清单中没有列“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="140"/>
        <source>No coordinate columns found among {0}: choose the longitude and latitude columns.</source>
        <translation>在 {0} 中未找到坐标列，请选择经度列和纬度列。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="140"/>
        <source>No industry code column found among {0}: choose it.</source>
        <translation>在 {0} 中未找到行业代码列，请选择该列。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="145"/>
        <source>Columns: coordinates {0}; industry code {1}; boiler {2}; name {3}{4}.</source>
        <translation>使用的列：坐标 {0}；行业代码 {1}；锅炉 {2}；名称 {3}{4}。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="145"/>
        <source> (guessed: {0})</source>
        <translation>（自动识别：{0}）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="162"/>
        <source>record {0} ({1})</source>
        <translation>第 {0} 条记录（{1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="162"/>
        <source>record {0}</source>
        <translation>第 {0} 条记录</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="168"/>
        <source>coordinates not read: {0}</source>
        <translation>无法读取坐标：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="174"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="178"/>
        <source>{0} empty row(s) skipped.</source>
        <translation>已跳过 {0} 个空行。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="180"/>
        <source>{0} row(s) with a coordinate warning (see above).</source>
        <translation>{0} 行有坐标警告（见上文）。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="186"/>
        <source>latitude and longitude are swapped in this row; read as longitude {0}, latitude {1}</source>
        <translation>该行经纬度颠倒，已按经度 {0}、纬度 {1} 读取</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="188"/>
        <source>outside China the web map&apos;s coordinates have no offset; taken as given</source>
        <translation>在中国境外网络地图坐标没有偏移，已按原值使用</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="120"/>
        <source>{0} ({1}): {2} is not a zone number (a whole number from 25 to 45).</source>
        <translation>{0}（{1}）：{2} 不是带号（应为 25 至 45 的整数）。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_list.py" line="49"/>
        <source>Screens every enterprise of a list (a table, an XLSX or CSV file, or a layer) as “Screen a project” screens one site: each row with its own industry code (GB/T 4754-2017) and new coal boiler (蒸吨/小时), at the coordinates of its columns.

Coordinates: a longitude (or easting) and a latitude (or northing) column, or one column with both as copied from a web map (e.g. 125.145,42.902 or 125°8'42&quot;E 42°54'7&quot;N), in the chosen system: CGCS2000 (= WGS84 within centimetres), WGS84, GCJ-02 (高德, 腾讯), BD-09 (百度), or CGCS2000 3° Gauss-Krüger metres with the zone number in front of the easting or in the zone chosen (empty: the zone of the dataset). Columns left empty are guessed from their names (经度, 纬度, lon, lat, 行业代码, 锅炉, 企业名称 …); the log says which were used. A CSV file is read in UTF-8 (with or without BOM) or GBK.

A row whose latitude and longitude are swapped (for China: latitude 18–54, longitude 73–135) is read swapped back, with a warning; a row without readable coordinates, with a bad industry code or outside the city gets its message; the others are screened.

Outputs: the screening table (one row per enterprise and triggered rule, then one per item left to your judgement, status to_judge, and one per applying requirement that no rule looks at, status no_rule), the enterprises as points in EPSG:4490 with their overall verdict and the triggered rules (for a field inspection package), the full results as JSON, and the summary by verdict in the log. The result is advisory, not an approval decision.</source>
        <translation>对清单（表格、XLSX 或 CSV 文件，或图层）中的每家企业逐一进行准入研判，方法与“项目准入研判”对单个选址的研判相同：每行使用其自身的行业代码（GB/T 4754-2017）和新建燃煤锅炉规模（蒸吨/小时），位置取自其坐标列。

坐标：经度（或东坐标）列和纬度（或北坐标）列，或从网络地图复制、同时包含两个坐标的一列（如 125.145,42.902 或 125°8'42&quot;E 42°54'7&quot;N），坐标系为所选坐标系：CGCS2000（与 WGS84 仅相差厘米级）、WGS84、GCJ-02（高德、腾讯）、BD-09（百度），或以米为单位的 CGCS2000 高斯-克吕格 3 度带坐标（带号加在东坐标前，或取指定的投影带；留空时取数据集的投影带）。留空的列按列名自动识别（经度、纬度、lon、lat、行业代码、锅炉、企业名称……）；日志说明实际使用了哪些列。CSV 文件按 UTF-8（带或不带 BOM）或 GBK 编码读取。

经纬度颠倒的行（在中国境内：纬度 18–54，经度 73–135）将调换回来读取，并给出警告；坐标无法读取、行业代码有误或位于市域外的行逐一给出提示；其余各行照常研判。

输出：研判结果表（每家企业的每条触发规则一行，其后每个须由您判断的条目一行，状态为 to_judge，每条适用但没有研判规则的要求一行，状态为 no_rule）、EPSG:4490 坐标系下的企业点图层（带总体研判结论和触发的规则，可用于现场检查包）、JSON 格式的完整研判结果，以及日志中按研判结论的汇总。研判结果仅供参考，不作为审批决定。</translation>
    </message>
</context>
<context>
    <name>ScreenProjectAlgorithm</name>
    <message>
        <location filename="../algorithms/screen_project.py" line="36"/>
        <source>Screen a project (项目准入研判)</source>
        <translation>项目准入研判</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="39"/>
        <source>screening,project,industry,boiler,access,zoning</source>
        <translation>准入研判,项目,行业,锅炉,准入,分区管控,screening,project,industry,boiler,access,zoning</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="68"/>
        <source>Project site(s)</source>
        <translation>项目选址</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="70"/>
        <source>Screen each feature on its own (otherwise all together as one site)</source>
        <translation>逐个要素分别研判（否则全部要素合并为一个选址）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="73"/>
        <source>Industry code (GB/T 4754-2017, e.g. C2614)</source>
        <translation>行业代码（GB/T 4754-2017，如 C2614）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="75"/>
        <source>Industry code field</source>
        <translation>行业代码字段</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="79"/>
        <source>New coal boiler field (t/h)</source>
        <translation>新建燃煤锅炉规模字段（t/h）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="137"/>
        <source>feature {0}</source>
        <translation>要素 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="124"/>
        <source>Feature {0} has no geometry; left out.</source>
        <translation>要素 {0} 没有几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="150"/>
        <source>site</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="150"/>
        <source>No feature has a geometry: nothing to screen.</source>
        <translation>所有要素都没有几何，无法研判。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="144"/>
        <source>site (features {0})</source>
        <translation>选址（要素 {0}）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="152"/>
        <source>The features carry different industry codes ({0}): screen each feature on its own or give one code.</source>
        <translation>各要素的行业代码不一致（{0}）：请逐个要素分别研判，或统一指定一个行业代码。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="155"/>
        <source>The features carry different boiler sizes ({0}): screen each feature on its own or give one size.</source>
        <translation>各要素的锅炉规模不一致（{0}）：请逐个要素分别研判，或统一指定一个锅炉规模。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="42"/>
        <source>Screens a project site against the screening rules of the zoning dataset: the site, its industry code (GB/T 4754-2017, e.g. C2614; a longer code is read by its 门类 and 大类), an optional new coal boiler in 蒸吨/小时 (t/h) and a note.

Each rule the project triggers is listed with its advisory verdict, worded as the text words it (禁止, 禁止或严格限制, 严格控制, 限制 or 需关注), the official text it rests on (req_id and source) and why it triggered (unit class, river buffer, distance to the river, in 城市建成区 or not, boiler size against the threshold); when none triggers the verdict is 未发现限制. Every verdict says how many rules were checked and which items are left to your judgement (须由您判断, one table row each, status to_judge); the requirements applying to the site that no rule looks at are named too (one table row each, status no_rule: check them against the list). The thresholds, distances and industries come from the dataset's rules, not from the plugin.

The features of the input (the selected ones, if you choose so) are taken together as one site, or each is screened on its own with its own industry and boiler fields. A field value wins over the single code or size; an empty field value falls back to them.

A boiler size may carry its unit (5t, 5 蒸吨/小时) or full-width digits; the log says how it was read. Outputs: a table with one row per site and triggered rule (one row when none triggers), and the results as JSON (each rule and requirement text listed once). A feature with a problem (an unknown industry code or boiler size in its field, no or broken geometry) is told in the log and in the outputs; a boiler size or distance that is not a plain number, negative or NaN, an empty layer or a layer without CRS stops the run, as does a run in which no site could be screened. The result is advisory, not an approval decision.</source>
        <translation>依据分区管控数据集中的研判规则对项目选址进行准入研判。输入为：项目选址、行业代码（GB/T 4754-2017，如 C2614；更细的代码按其门类和大类判读）、可选的新建燃煤锅炉规模（蒸吨/小时，t/h）和备注。

逐条列出项目触发的规则及其参考结论（按原文措辞：禁止、禁止或严格限制、严格控制、限制或需关注）、所依据的官方条文（req_id 和来源）以及触发原因（单元类别、河流缓冲区、与河流的距离、是否位于城市建成区、锅炉规模与阈值的比较）；未触发任何规则时结论为未发现限制。每个结论都注明核对了多少条规则、哪些条目须由您判断（须由您判断，每条在结果表中占一行，状态为 to_judge）；适用于该选址但没有任何研判规则的要求也逐条列出（每条在结果表中占一行，状态为 no_rule：请对照清单自行判断）。阈值、距离和行业均取自数据集的规则，而非插件内置。

输入图层的要素（也可仅取选中要素）合并为一个选址进行研判，或逐个要素分别研判，各自使用其行业代码字段和锅炉字段的值。字段有值时优先于统一填写的代码或规模；字段值为空时取统一填写的值。

锅炉规模可带单位（5t、5 蒸吨/小时）或用全角数字，日志会说明如何读取。输出：研判结果表，每个选址的每条触发规则一行（未触发规则时一行），以及 JSON 格式的结果（每条规则和要求原文只列一次）。单个要素的问题（字段中的行业代码或锅炉规模无法识别、没有几何或几何损坏）在日志和输出中说明；锅炉规模或距离不是明确的数字、为负数或 NaN，图层为空或没有坐标参考系，或没有任何选址能够研判时，运行终止。研判结果仅供参考，不作为审批决定。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_project.py" line="76"/>
        <source>New coal boiler (t/h)</source>
        <translation>新建燃煤锅炉（蒸吨/小时）</translation>
    </message>
</context>
<context>
    <name>ScreeningOutputs</name>
    <message>
        <location filename="../algorithms/screen_output.py" line="90"/>
        <source>Project screening</source>
        <translation>项目准入研判</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="97"/>
        <source>Screening results (JSON)</source>
        <translation>研判结果（JSON）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="97"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="99"/>
        <source>Most severe verdict</source>
        <translation>最严格的研判结论</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="137"/>
        <source>Cancelled: nothing was written, older outputs are unchanged.</source>
        <translation>已取消：未写出任何内容，原有输出保持不变。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="144"/>
        <source> (and {0} more with problems, see the log)</source>
        <translation>（另有 {0} 个存在问题，见日志）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="146"/>
        <source>Nothing could be screened: {0}: {1}{2}</source>
        <translation>没有任何选址能够研判：{0}：{1}{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="174"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="172"/>
        <source>{0}: outside the dataset&apos;s area, not screened.</source>
        <translation>{0}：位于数据集范围之外，未研判。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="178"/>
        <source>  boiler size {0} t/h</source>
        <translation>  锅炉规模 {0} 蒸吨/小时</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="180"/>
        <source>  {0} {1} ({2}, {3}): {4}</source>
        <translation>  {0} {1}（{2}，{3}）：{4}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="183"/>
        <source>… and {0} more site(s); see the table.</source>
        <translation>……另有 {0} 个选址，见研判结果表。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="186"/>
        <source>Summary by verdict: {0}</source>
        <translation>按研判结论汇总：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="190"/>
        <source>{0} means that none of the {1} rules of the dataset fired, not that the project meets every requirement; each site&apos;s line says which items are left to your judgement.</source>
        <translation>{0}仅表示数据集的 {1} 条研判规则均未触发，不表示项目符合全部准入要求；各选址的结论行列出了须由您判断的条目。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="195"/>
        <source>Not screened: {0} outside the dataset&apos;s area, {1} with problems (see above).</source>
        <translation>未研判：{0} 个位于数据集范围之外，{1} 个存在问题（见上文）。</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="197"/>
        <source> (sample data, not official)</source>
        <translation>（示例数据，非官方成果）</translation>
    </message>
    <message>
        <location filename="../algorithms/screen_output.py" line="198"/>
        <source>Advisory screening, not an approval decision. Dataset: {0}{1}, version {2}.</source>
        <translation>研判结果仅供参考，不作为审批决定。数据集：{0}{1}，版本 {2}。</translation>
    </message>
</context>
<context>
    <name>ScreeningSettings</name>
    <message>
        <location filename="../algorithms/params.py" line="115"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="117"/>
        <source>Riverside distance, metres (empty: the rule&apos;s own)</source>
        <translation>临河距离（米，留空时取规则规定的距离）</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Boiler threshold “以下”</source>
        <translation>锅炉规模阈值“以下”的含义</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>As the rule says</source>
        <translation>按规则的规定</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Below, not equal (exclusive: the other reading)</source>
        <translation>以下，不含本数（另一种理解）</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="120"/>
        <source>Below or equal (inclusive: as statute reads 以上/以下)</source>
        <translation>以下，含本数（与法律用语“以上、以下”一致）</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="126"/>
        <source>Screening table</source>
        <translation>研判结果表</translation>
    </message>
    <message>
        <location filename="../algorithms/params.py" line="143"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>无法使用分区管控数据集：{0}</translation>
    </message>
</context>
<context>
    <name>SiteInput</name>
    <message>
        <location filename="../algorithms/site_input.py" line="35"/>
        <source>The input layer cannot be opened: {0}</source>
        <translation>无法打开输入图层：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="39"/>
        <source>The layer “{0}” has no coordinate reference system; set one first.</source>
        <translation>图层“{0}”没有坐标参考系，请先设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="53"/>
        <source>Feature {0} of the layer “{1}” has coordinates that are not numbers (NaN or infinite): fix or remove it.</source>
        <translation>图层“{1}”的要素 {0} 含有非数值坐标（NaN 或无穷大）：请修正或删除该要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="58"/>
        <source>{0} feature(s) without geometry left out.</source>
        <translation>已跳过 {0} 个没有几何的要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="60"/>
        <source>No selected feature of the layer “{0}” has a geometry: no report.</source>
        <translation>图层“{0}”的选中要素都没有几何，未生成报告。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="60"/>
        <source>No feature of the layer “{0}” has a geometry: no report.</source>
        <translation>图层“{0}”的要素都没有几何，未生成报告。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="68"/>
        <source>The features of “{0}” do not make a usable geometry.</source>
        <translation>“{0}”的要素无法构成可用的几何。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="70"/>
        <source>{0} feature(s) taken together as one site.</source>
        <translation>{0} 个要素合并为一个选址。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="71"/>
        <source>{0} parcel(s) of the coordinate file “{1}”</source>
        <translation>坐标文件“{1}”中的 {0} 个地块</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="71"/>
        <source>{0} feature(s) of layer “{1}”</source>
        <translation>图层“{1}”的 {0} 个要素</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="77"/>
        <source>Give a project site: an input layer, a coordinate file or an extent.</source>
        <translation>请给出项目选址：输入图层、坐标文件或范围。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="82"/>
        <source>The extent has no coordinate reference system: give it after the numbers, as in “xmin,xmax,ymin,ymax [EPSG:4490]”.</source>
        <translation>范围没有坐标参照系：请在数字后注明，如“xmin,xmax,ymin,ymax [EPSG:4490]”。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="85"/>
        <source>The extent is empty.</source>
        <translation>范围为空。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="87"/>
        <source>The extent has coordinates that are not numbers (NaN or infinite).</source>
        <translation>范围含有非数值坐标（NaN 或无穷大）。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="90"/>
        <source>Extent {0}</source>
        <translation>范围 {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="105"/>
        <source>The site&apos;s coordinates ({0}) are not possible in {1}: check the coordinate reference system.</source>
        <translation>选址坐标（{0}）在 {1} 中不可能存在：请检查坐标参照系。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_input.py" line="107"/>
        <source>The site&apos;s coordinates ({0}) lie outside the area where {1} is used ({2}): check the coordinate reference system.</source>
        <translation>选址坐标（{0}）超出 {1} 的适用范围（{2}）：请检查坐标参照系。</translation>
    </message>
</context>
<context>
    <name>SiteReport</name>
    <message>
        <location filename="../printing/site_report.py" line="102"/>
        <source>Overlap with the control units</source>
        <translation>与管控单元的重叠情况</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="103"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="104"/>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="104"/>
        <source>Area (ha)</source>
        <translation>面积（公顷）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="105"/>
        <source>Length (m)</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="105"/>
        <source>River ecological buffers</source>
        <translation>河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="106"/>
        <source>River</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="106"/>
        <source>Width on each side (m)</source>
        <translation>单侧宽度（m）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="107"/>
        <source>From the centre line (m)</source>
        <translation>距河道中心线（m）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="111"/>
        <source>Overlap (m²)</source>
        <translation>重叠面积（m²）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="112"/>
        <source>Overlap (ha)</source>
        <translation>重叠面积（公顷）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="112"/>
        <source>Overlap (m)</source>
        <translation>重叠长度（m）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="113"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="115"/>
        <source>Ecological protection red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="116"/>
        <source>Environmental quality bottom line</source>
        <translation>环境质量底线</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="117"/>
        <source>Resource utilisation upper limit</source>
        <translation>资源利用上线</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="118"/>
        <source>Ecological environment access list</source>
        <translation>生态环境准入清单</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="119"/>
        <source>Basis: {dataset}, version {version}, effective {date}.</source>
        <translation>分析依据：{dataset}，版本 {version}，实施日期 {date}。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="120"/>
        <source>The site touches the ecological protection red line:</source>
        <translation>项目选址涉及生态保护红线：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="121"/>
        <source>The site does not touch the ecological protection red line.</source>
        <translation>项目选址不涉及生态保护红线。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="122"/>
        <source>The site touches other priority protection units:</source>
        <translation>项目选址涉及其他优先保护单元：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="123"/>
        <source>The site does not touch other priority protection units.</source>
        <translation>项目选址不涉及其他优先保护单元。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="124"/>
        <source>The site lies in a river ecological buffer:</source>
        <translation>项目选址位于河流生态缓冲区内：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="126"/>
        <source>Environmental quality targets that bind the site ({level}):</source>
        <translation>项目所在区域执行的环境质量目标（{level}）：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="127"/>
        <source>Resource caps that bind the site ({level}):</source>
        <translation>项目所在区域执行的资源利用上线（{level}）：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="128"/>
        <source>The city-wide requirements hold no such item.</source>
        <translation>总体管控要求中没有此类条目。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Topic</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Requirement</source>
        <translation>管控要求</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="130"/>
        <source>Dimension</source>
        <translation>管控维度</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="130"/>
        <source>Project situation</source>
        <translation>项目情况</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="145"/>
        <source>The project was screened as industry {code}.</source>
        <translation>项目准入研判按行业代码 {code} 进行。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="146"/>
        <source>The project screening also rests on:</source>
        <translation>项目准入研判还依据以下要求：</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="151"/>
        <source>Air quality</source>
        <translation>大气环境质量</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="151"/>
        <source>Water quality</source>
        <translation>水环境质量</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="152"/>
        <source>Water resources</source>
        <translation>水资源</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="152"/>
        <source>Land resources</source>
        <translation>土地资源</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="153"/>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="153"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="165"/>
        <source>Project site</source>
        <translation>项目选址</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="189"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="196"/>
        <source>Generated {0}</source>
        <translation>生成时间：{0}</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="252"/>
        <source>Site report: {0}</source>
        <translation>项目选址报告：{0}</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="297"/>
        <source>the document writer failed</source>
        <translation>文档写出失败</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="129"/>
        <source>Item id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="131"/>
        <source>Conformity (conforms / does not conform / to be verified)</source>
        <translation>符合性（符合/不符合/待核实）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="132"/>
        <source>Strength of the control</source>
        <translation>管控强度</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="133"/>
        <source>sample data, not official</source>
        <translation>示例数据，非官方</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="134"/>
        <source>{count} requirement(s) of the access list apply to the site; each is listed below with its source, under its id in its list.</source>
        <translation>项目选址适用的生态环境准入清单共 {count} 条，逐条列于下表；每行注明来源，编号为该条在其清单中的编号。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="136"/>
        <source>The assessor fills in the columns “Project situation” and “Conformity” from the project's facts (conforms, does not conform or to be verified); the plugin never fills them.</source>
        <translation>“项目情况”“符合性”两栏由评价单位根据项目实际情况填写，符合性填“符合”“不符合”或“待核实”，本插件不填写。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="107"/>
        <source>Distance (m)</source>
        <translation>距离（m）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="108"/>
        <source>Measured from</source>
        <translation>距离量起处</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="109"/>
        <source>the bank (channel {channel} m wide, from the dataset)</source>
        <translation>河岸（河道宽 {channel} 米，取自数据集）</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="110"/>
        <source>the bank where the channel is given ({channel} m), else the centre line</source>
        <translation>给出河道宽度（{channel} 米）的河段从河岸，其余从中心线</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="111"/>
        <source>the centre line</source>
        <translation>河道中心线</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="147"/>
        <source>no rule</source>
        <translation>无研判规则</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="147"/>
        <source>left to you</source>
        <translation>须由您判断</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="148"/>
        <source>An item whose “Strength of the control” says “no rule” has no screening rule in the dataset and was not checked by the screening: check it against its text. The items “left to you” are listed above.</source>
        <translation>“管控强度”一栏写“无研判规则”的条目，数据集没有针对它的研判规则，研判未核对，请对照原文自行判断；写“须由您判断”的条目见上文所列。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="125"/>
        <source>The site does not lie in a river ecological buffer of the dataset.</source>
        <translation>项目选址不在数据集的河流生态缓冲区内。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="139"/>
        <source>“Strength of the control” is the strength of the control (the Chinese word of the rule stays in the JSON) of the items the project screening rests on; it is not a conformity verdict. The assessor fills in “Project situation” and “Conformity” (conforms, does not conform or to be verified); the plugin never fills them.</source>
        <translation>“管控强度”一栏为项目准入研判所依条文的管控强度（按条文原词），不是符合性结论；“项目情况”“符合性”两栏由评价单位根据项目实际情况填写，符合性填“符合”“不符合”或“待核实”，本插件不填写。</translation>
    </message>
    <message>
        <location filename="../printing/site_report.py" line="114"/>
        <source>Conformity with the zoning control (the three lines and one list)</source>
        <translation>三线一单符合性分析</translation>
    </message>
</context>
<context>
    <name>SiteReportAlgorithm</name>
    <message>
        <location filename="../algorithms/site_report.py" line="43"/>
        <source>Site report (PDF)</source>
        <translation>项目选址报告（PDF）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="72"/>
        <source>Project site (its features together are the site)</source>
        <translation>项目选址（全部要素合并为一个选址）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="75"/>
        <source>Selected features only</source>
        <translation>仅选中要素</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="77"/>
        <source>Or an extent as the site (used when there is no input layer)</source>
        <translation>或以范围作为选址（没有输入图层时使用）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="80"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="85"/>
        <source>New coal boiler, t/h (for the screening)</source>
        <translation>新建燃煤锅炉规模（t/h，用于项目准入研判）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="90"/>
        <source>Site report</source>
        <translation>项目选址报告</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="90"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="92"/>
        <source>EIA chapter, editable (for WPS or Word)</source>
        <translation>环评章节（可编辑，供 WPS 或 Word 使用）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="92"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="95"/>
        <source>Pages of the PDF</source>
        <translation>PDF 页数</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="119"/>
        <source>The site cannot be inspected: {0}</source>
        <translation>无法查询该选址：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="123"/>
        <source>The site lies entirely outside the city: the report says so and lists no requirements.</source>
        <translation>选址完全位于市域外：报告中将予以说明，不列出管控要求。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="126"/>
        <source>{0} control unit(s), {1} requirement(s).</source>
        <translation>{0} 个管控单元，{1} 条要求。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="185"/>
        <source>The project cannot be screened: {0}</source>
        <translation>无法进行项目准入研判：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="186"/>
        <source>Screening as {0}: {1}</source>
        <translation>按行业代码 {0} 研判：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="136"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消，未写出任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="138"/>
        <source>Site report: {0} ({1} pages, {2:.1f} s)</source>
        <translation>项目选址报告：{0}（共 {1} 页，用时 {2:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="141"/>
        <source>EIA chapter: {0}</source>
        <translation>环评章节：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="62"/>
        <source>Instead of a layer, a land-boundary coordinate file (坐标TXT, LAND_TXT) can be given: all its parcels together are the site, and the project name defaults to the file's name and its number of parcels.</source>
        <translation>也可以不用图层，而给出界址点坐标TXT文件（LAND_TXT）：文件中的全部地块合起来作为项目选址，项目名称默认取文件名和地块数。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="65"/>
        <source>When the report cannot be written (a full disk, a folder that cannot be written, an output that would overwrite an input or the zoning dataset), the run fails with the reason, and older files of those names stay as they were; a cancel writes nothing. A site outside the city is not a failure: its report says so.</source>
        <translation>报告无法写出时（磁盘已满、文件夹不可写、输出会覆盖输入或分区管控数据集），运行失败并说明原因，同名的旧文件保持原样；取消不写出任何文件。选址位于市域之外不算失败：报告会如实说明。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="103"/>
        <source>The coal boiler is only used with an industry code; it is left out.</source>
        <translation>燃煤锅炉规模仅在给出行业代码时使用，此次不予采用。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="150"/>
        <source>Give the file of the site report (OUTPUT_PDF).</source>
        <translation>请指定选址报告文件（OUTPUT_PDF）。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="161"/>
        <source>The site report and the EIA chapter cannot be the same file ({0}).</source>
        <translation>选址报告与环评章节不能是同一个文件（{0}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="169"/>
        <source>The project name has {0} characters: the report shows its first {1}.</source>
        <translation>项目名称共 {0} 个字符，报告中显示前 {1} 个。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="46"/>
        <source>Writes the site report of one project site as a PDF: page 1 shows the site on a map of the zoning layers (legend, scale bar, north arrow, coordinate grid, an inset of the whole city) and its overlap with the control units and the river ecological buffers; then the full text of every requirement that applies (the city-wide list, the basin list and the unit lists, grouped by dimension as in the panel), then the chapter “conformity with the zoning control” (三线一单符合性分析) of an environmental impact report. Every page carries the dataset's title and version, the date and the page number, and says so when the dataset is sample data.

The site: all features of the input layer taken together, or only its selected features; without an input layer, the extent. The chapter can also be written as an OpenDocument text (.odt) that WPS and Word open, to adapt it in the report.

With an industry code (and the size of a new coal boiler, if any), the project screening fills the column “Strength of the control” (管控强度) of the chapter's table with the strength, in the text's own words (禁止, 严格控制 …), of the items its rules rest on, and the chapter's note says so; the column “Conformity” (符合 / 不符合 / 待核实) is always the assessor's: the plugin never fills it.</source>
        <translation>为一个项目选址生成 PDF 格式的项目选址报告：第 1 页为选址在分区管控图层地图上的位置（含图例、比例尺、指北针、坐标格网和全市位置示意图）及其与管控单元和河流生态缓冲区的重叠情况；其后为所有适用管控要求的全文（全市总体准入要求、流域准入要求和单元准入清单，与面板一样按管控维度分组）；最后是环境影响评价文件中“三线一单符合性分析”一章。每页均注明数据集名称和版本、日期和页码，数据集为示例数据时也予以注明。

选址：输入图层的全部要素合并为一个选址，或仅取其选中要素；没有输入图层时以指定范围作为选址。该章节还可另存为 WPS 和 Word 均可打开的 OpenDocument 文本（.odt），便于在报告中修改。

填写行业代码（如有新建燃煤锅炉，同时填写其规模）时，项目准入研判以条文原词（禁止、严格控制等）填写章节表格中其规则所依条目的“管控强度”一栏，章节说明中予以注明；“符合性”一栏（符合/不符合/待核实）始终由评价单位填写，插件从不填写。</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="82"/>
        <source>Industry code (GB/T 4754-2017; when given, the screening fills the column “Strength of the control”)</source>
        <translation>行业代码（GB/T 4754-2017；填写后，由项目准入研判填写“管控强度”一栏）</translation>
    </message>
    <message>
        <location filename="../algorithms/site_report.py" line="179"/>
        <source>No industry code: no screening; the column “Strength of the control” stays empty and “Conformity” is the assessor's.</source>
        <translation>未填写行业代码：不做项目准入研判，“管控强度”一栏留空，“符合性”一栏由评价单位填写。</translation>
    </message>
</context>
<context>
    <name>SummaryFields</name>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="41"/>
        <source>{0} (m²)</source>
        <translation>{0}（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="41"/>
        <source>{0} (m)</source>
        <translation>{0}（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="42"/>
        <source>{0} (m² or m)</source>
        <translation>{0}（m² 或 m）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="47"/>
        <source>Status (ok, null, empty, invalid, outside, error)</source>
        <translation>状态（ok、null、empty、invalid、outside、error）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="47"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="48"/>
        <source>Measure</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="48"/>
        <source>Inside the city</source>
        <translation>市域内</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="49"/>
        <source>Outside the city</source>
        <translation>市域外</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="50"/>
        <source>{0}: share (0–1)</source>
        <translation>{0}：占比（0–1）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="50"/>
        <source>Control units, largest first</source>
        <translation>涉及的管控单元（由大到小）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="51"/>
        <source>River basins</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="51"/>
        <source>Counties</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="52"/>
        <source>In an urban built-up area (1 = yes)</source>
        <translation>位于城市建成区（1 = 是）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="53"/>
        <source>In river ecological buffers</source>
        <translation>位于河流生态缓冲区内</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="54"/>
        <source>Rivers whose ecological buffer it touches</source>
        <translation>涉及的生态缓冲区所属河流</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="55"/>
        <source>Nearest river</source>
        <translation>最近河流</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="55"/>
        <source>Distance to the nearest river (m)</source>
        <translation>距最近河流的距离（m）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="57"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="57"/>
        <source>Geometry repaired (1 = yes)</source>
        <translation>几何已修复（1 = 是）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Feature id</source>
        <translation>要素 ID</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="58"/>
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="59"/>
        <source>Unit class (1, 2, 3)</source>
        <translation>单元类别（1、2、3）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="59"/>
        <source>Class name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="60"/>
        <source>Overlap</source>
        <translation>重叠部分</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="60"/>
        <source>Share of the feature (0–1)</source>
        <translation>占要素的比例（0–1）</translation>
    </message>
    <message>
        <location filename="../algorithms/conformity/fields.py" line="56"/>
        <source>Distance measured from (bank, centre line: the plugin&apos;s reading)</source>
        <translation>距离量起处（河岸或中心线：本插件的理解）</translation>
    </message>
</context>
<context>
    <name>WriteLandTxtAlgorithm</name>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="37"/>
        <source>Write a land-boundary coordinate file (坐标TXT)</source>
        <translation>导出界址点坐标TXT文件</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="41"/>
        <source>Writes the polygons of a layer (the selected ones only, if you like) as a land-boundary coordinate file: a [属性描述] header and one [地块坐标] parcel per feature, X northing and Y easting in metres with three decimals, each ring closed.

The zone: the layer's own when its CRS is a Gauss-Kruger zone, otherwise the CGCS2000 zone of the features' centre (3 degrees unless 6 is chosen). The zone number is put in front of the eastings unless you turn that off. Parcel id, name and use come from the fields chosen, or from fields called DKBH, DKMC and DKYT (or 地块编号, 地块名称, 地块用途); TFH and DLBM are carried when the layer has them. The file is GBK with CRLF line ends unless UTF-8 is chosen, and it is replaced only once it is complete.</source>
        <translation>将图层中的面要素（也可仅导出选中要素）导出为界址点坐标文件：包含 [属性描述] 文件头，每个要素一个 [地块坐标] 地块，X 为北坐标、Y 为东坐标，单位为米，保留三位小数，每个环首尾闭合。

投影带：图层的坐标参考系为高斯-克吕格投影带时沿用该投影带，否则采用要素中心所在的 CGCS2000 投影带（默认 3 度带，可选 6 度带）。默认在东坐标前加带号，可关闭。地块编号、地块名称和地块用途取自所选字段，或名为 DKBH、DKMC、DKYT（或 地块编号、地块名称、地块用途）的字段；图层有 TFH 和 DLBM 字段时一并写出。文件默认采用 GBK 编码、CRLF 换行，可选 UTF-8；文件完整写出后才替换原有文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="53"/>
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Parcel id field (when empty: DKBH or 地块编号)</source>
        <translation>地块编号字段（留空时使用 DKBH 或 地块编号）</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Parcel name field (when empty: DKMC or 地块名称)</source>
        <translation>地块名称字段（留空时使用 DKMC 或 地块名称）</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="55"/>
        <source>Land use field (when empty: DKYT or 地块用途)</source>
        <translation>地块用途字段（留空时使用 DKYT 或 地块用途）</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="58"/>
        <source>Put the zone number in front of the eastings</source>
        <translation>东坐标（Y）前加带号</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>Zone width</source>
        <translation>投影分带</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>The layer&apos;s zone, else 3 degrees</source>
        <translation>沿用图层的投影带，否则用 3 度带</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>3 degrees</source>
        <translation>3 度带</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="60"/>
        <source>6 degrees</source>
        <translation>6 度带</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="64"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="66"/>
        <source>Coordinate file</source>
        <translation>坐标文件</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="66"/>
        <source>Coordinate files (*.txt)</source>
        <translation>坐标文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="77"/>
        <source>No parcel to write: the layer has no polygon features (or none is selected while only selected features are used).</source>
        <translation>没有可写出的地块：图层中没有面要素（或选择了“仅选中要素”但没有选中任何要素）。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="93"/>
        <source>The coordinate file cannot be written: {0}</source>
        <translation>无法写出坐标文件：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="99"/>
        <source>{0} parcel(s) written to {1} in {2} ({3}).</source>
        <translation>已将 {0} 个地块写入 {1}，坐标系 {2}（{3}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="111"/>
        <source>{0} from the field “{1}”.</source>
        <translation>{0}取自字段“{1}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="113"/>
        <source>No parcel id field: the parcels are numbered 1, 2, 3 … in 地块编号.</source>
        <translation>没有地块编号字段：地块编号按 1、2、3……依次编号。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="119"/>
        <source>Feature {0} has no polygon; left out.</source>
        <translation>要素 {0} 没有面几何，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="120"/>
        <source>Feature {0} has coordinates that are not finite numbers; left out.</source>
        <translation>要素 {0} 的坐标不是有限数值，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/write_land_txt.py" line="137"/>
        <source>… and {0} more feature(s) left out.</source>
        <translation>……另有 {0} 个要素被跳过。</translation>
    </message>
</context>
<context>
    <name>ZoningAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="121"/>
        <source>Not enough memory for this run: analyse fewer or simpler features at a time.</source>
        <translation>内存不足，无法完成本次运行：请每次分析更少或更简单的要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124"/>
        <source>A file cannot be read or written: {0}</source>
        <translation>无法读取或写入文件：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="128"/>
        <source>Internal error of the plugin ({0}: {1}); nothing was written. The details are in the log messages panel, tab “{2}”: please report them.</source>
        <translation>插件内部错误（{0}：{1}）；未写出任何文件。详情见日志消息面板的“{2}”标签页：请报告此问题。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="58"/>
        <source>The zoning dataset cannot be used: {0}</source>
        <translation>无法使用分区管控数据集：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="59"/>
        <source>Zoning dataset: {0} ({1})</source>
        <translation>分区管控数据集：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="74"/>
        <source>Zoning dataset (when empty: the plugin&apos;s current dataset)</source>
        <translation>分区管控数据集（留空时使用插件当前数据集）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="61"/>
        <source>Version chosen by the date: {0}</source>
        <translation>按日期选用的版本：{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="84"/>
        <source>In force on (YYYY-MM-DD; when empty: the dataset as chosen, whatever its dates)</source>
        <translation>施行日期（YYYY-MM-DD；留空时使用所选数据集，不论其日期）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="90"/>
        <source>With a date (DATE, YYYY-MM-DD), the version of the zoning in force that day is used: chosen among the datasets of the plugin&apos;s settings (the current one and the others listed, every version published in a PostGIS schema) by their effective and end dates (dataset_meta), or, when a zoning dataset is given, that one checked against its own dates. The log, the outputs&apos; provenance and the report say which version was chosen and why. A date before the first version, in a gap between two, after the last one ended, or on which two versions are in force stops the run with the reason, and nothing is written. Without a date, the dataset as chosen, whatever its dates.</source>
        <translation>给出日期（DATE，YYYY-MM-DD）时，采用该日施行的分区管控版本：按生效日期和废止日期（dataset_meta）从插件设置中的数据集（当前数据集、列出的其他数据集、PostGIS 模式中发布的每个版本）中选出；给出了分区管控数据集的，则按该数据集自身的日期核对。日志、输出的来源与版本信息和报告都说明选用了哪个版本及其原因。日期早于最早的版本、处于两个版本之间的空档、晚于最后一个版本的废止日期，或当日有两个版本同时施行的，运行终止并说明原因，不写出任何文件。不给日期时，使用所选数据集，不论其日期。</translation>
    </message>
</context>
<context>
    <name>ZoningFunction</name>
    <message>
        <location filename="../gui/expressions.py" line="93"/>
        <source>The layer has no coordinate reference system; set one first.</source>
        <translation>该图层没有坐标参考系，请先设置坐标参考系。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="105"/>
        <source>{0} needs a geometry, e.g. $geometry.</source>
        <translation>{0} 需要一个几何参数，如 $geometry。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="126"/>
        <source>a point, line or polygon, usually &lt;code&gt;$geometry&lt;/code&gt;</source>
        <translation>点、线或面几何，通常为 &lt;code&gt;$geometry&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="128"/>
        <source>Returns the code of the environmental control unit at the geometry.</source>
        <translation>返回几何所在环境管控单元的编码。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="129"/>
        <source>Returns the name of the environmental control unit at the geometry.</source>
        <translation>返回几何所在环境管控单元的名称。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="130"/>
        <source>Returns the class of the environmental control unit at the geometry, by its name in the dataset (for example 优先保护单元).</source>
        <translation>返回几何所在环境管控单元的类别，即数据集中的类别名称（如优先保护单元）。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="132"/>
        <source>Returns the class number of the environmental control unit at the geometry (the dataset&apos;s unit_class: 1, 2 or 3). Unlike the class name it does not depend on how a dataset names its classes: use it in rules and filters.</source>
        <translation>返回几何所在环境管控单元的类别编号（数据集的 unit_class：1、2 或 3）。与类别名称不同，它不受数据集对各类单元命名方式的影响，适合在规则和筛选条件中使用。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="136"/>
        <source>Returns true when the geometry lies in a river ecological buffer, false when it does not.</source>
        <translation>几何位于河流生态缓冲区内时返回 true，否则返回 false。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="149"/>
        <source>Uses the zoning dataset chosen in the plugin&apos;s settings.</source>
        <translation>使用插件设置中选定的分区管控数据集。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="151"/>
        <source>the unit&apos;s code, for example the result of zoning_unit_code</source>
        <translation>单元编码，如 zoning_unit_code 的返回值</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="152"/>
        <source>空间布局约束, 污染物排放管控, 环境风险防控 or 资源利用效率, in any spelling that holds its keyword (空间, 污染, 风险, 资源); optional</source>
        <translation>空间布局约束、污染物排放管控、环境风险防控或资源利用效率，包含其关键词（空间、污染、风险、资源）的任何写法均可；可选</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="155"/>
        <source>the spatial layout items of each feature&apos;s unit</source>
        <translation>每个要素所在单元的空间布局约束条目</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="157"/>
        <source>all four dimensions</source>
        <translation>全部四个管控维度</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="160"/>
        <source>the value for each feature</source>
        <translation>每个要素的值</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="161"/>
        <source>without a layer: a CGCS2000 longitude/latitude</source>
        <translation>无图层时：CGCS2000 经纬度</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="163"/>
        <source>The geometry is read in the coordinate reference system of the expression&apos;s layer; without a layer (for example in a print layout without an atlas) as CGCS2000 longitude/latitude (EPSG:4490).</source>
        <translation>几何按表达式所属图层的坐标参考系解读；没有图层时（如未启用图集的打印布局中）按 CGCS2000 经纬度（EPSG:4490）解读。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="166"/>
        <source>A line or polygon over several units gets the unit that holds most of it (the largest area, or length for a line).</source>
        <translation>跨越多个单元的线或面取其大部分所在的单元（面取面积最大者，线取长度最大者）。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="168"/>
        <source>NULL outside the city and for a NULL or empty geometry or one that cannot be read in its CRS.</source>
        <translation>位于市域外、几何为 NULL 或空，或无法按其坐标参考系读取时，返回 NULL。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Syntax</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="176"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="143"/>
        <source>Returns the unit&apos;s own requirements of one dimension (not those of the city, the basin or the class), one a line, each after its id (U-ZH22040210001-03, as every view shows it). With an empty dimension, all four, each after a line with its name. NULL for an unknown unit code.</source>
        <translation>返回该单元自身某一维度的准入要求（不含市级、流域和类别要求），每条一行，前为该条编号（如 U-ZH22040210001-03，与各处显示一致）。维度为空时返回全部四个维度，每个维度前一行为其名称。单元编码未知时返回 NULL。</translation>
    </message>
    <message>
        <location filename="../gui/expressions.py" line="138"/>
        <source>Returns the distance in metres from the geometry to the river whose ecological buffer it lies in (the nearest such river), as the panel shows it: from the bank where the dataset gives the river&apos;s channel (rivers.channel_width_m; 0 inside the channel), else from the centre line, both the plugin&apos;s readings; NULL when it lies in no buffer.</source>
        <translation>返回几何到其所在生态缓冲区所属河流（有多条时取最近者）的距离（米），与面板中显示的一致：数据集给出该河流河道宽度（rivers.channel_width_m）时从河岸量起（位于河道内为 0），否则从河道中心线量起，两者都是本插件的理解；不在任何缓冲区内时返回 NULL。</translation>
    </message>
</context>
<context>
    <name>ZoningInspectorDock</name>
    <message>
        <location filename="../gui/dock.py" line="72"/>
        <source>Zoning control inspector</source>
        <translation>生态环境分区管控查询</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="83"/>
        <source>Previous result</source>
        <translation>上一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="85"/>
        <source>Next result</source>
        <translation>下一个结果</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="88"/>
        <source>Inspect the selected features of the active layer</source>
        <translation>查询当前图层的选中要素</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="93"/>
        <source>Zoom to the control unit</source>
        <translation>缩放至管控单元</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="95"/>
        <source>Copy the whole result as text</source>
        <translation>将完整结果复制为文本</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="361"/>
        <source>Export the result as HTML</source>
        <translation>将结果导出为 HTML</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="128"/>
        <source>Choose the inspect tool and click on the map, or on a feature of any layer.</source>
        <translation>请选择查询工具，然后在地图上或任一图层的要素上单击。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="271"/>
        <source>Outside the city: no requirements apply.</source>
        <translation>不在市域内：没有适用的管控要求。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="272"/>
        <source>{0} control unit(s), {1} requirement(s); {2}/{3} in history</source>
        <translation>{0} 个管控单元，{1} 条要求；历史记录 {2}/{3}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="343"/>
        <source>The result is on the clipboard.</source>
        <translation>结果已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="361"/>
        <source>HTML (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="385"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="107"/>
        <source>Inspect the point only (ignore features)</source>
        <translation>只查询点位（忽略要素）</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="111"/>
        <source>On: a click inspects the clicked point even over a feature of another layer. Off: a click on a feature inspects the feature. Shift+click always inspects the point.</source>
        <translation>开启：即使点击处有其他图层的要素，也只查询点击的点位。关闭：点击要素时查询该要素。Shift+点击始终查询点位。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="268"/>
        <source>The result shown may be out of date: {0}</source>
        <translation>当前显示的结果可能已过时：{0}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="317"/>
        <source>Click to zoom to the unit.</source>
        <translation>点击缩放到该单元。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="371"/>
        <source>Query time</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="373"/>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="91"/>
        <source>Inspect a coordinate file…</source>
        <translation>查询界址点坐标文件…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="99"/>
        <source>Site report (PDF)…</source>
        <translation>项目选址报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="101"/>
        <source>This result looks wrong…</source>
        <translation>此结果存疑…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="103"/>
        <source>Doubts…</source>
        <translation>存疑结果…</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="204"/>
        <source>Longitude and latitude as copied from a web map or GPS (either order, decimal or degrees-minutes-seconds), or Gauss-Krüger northing and easting in metres; press Enter to go there and inspect.</source>
        <translation>从网络地图或 GPS 复制的经纬度（先经后纬或先纬后经均可，十进制度或度分秒均可），或以米为单位的高斯-克吕格北坐标和东坐标；按回车键定位到该处并查询。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="368"/>
        <source>“{0}” already exists: choose it by its full name to replace it.</source>
        <translation>“{0}”已存在：如要替换，请在对话框中选择完整文件名。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="163"/>
        <source>Load the zoning layers</source>
        <translation>加载管控图层</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="172"/>
        <source>First load the zoning layers: they show the city&apos;s control units and rivers on the map. Then choose the inspect tool and click anywhere in the city, or on a feature of any layer.</source>
        <translation>请先加载管控图层：地图上将显示全市的管控单元和河流。然后选择查询工具，在市域内任意位置点击，或点击任一图层的要素。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="182"/>
        <source>You clicked at {0}, outside {1}, and the zoning layers are not loaded, so the map does not show where the city is. Load them, then click in the city.</source>
        <translation>您点击的位置为{0}，在{1}以外；管控图层尚未加载，地图上看不出市域在哪里。请先加载图层，再在市域内点击。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="188"/>
        <source>Nothing inspected: the zoning layers are not loaded.</source>
        <translation>未查询：管控图层尚未加载。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="192"/>
        <source>{0}°E</source>
        <translation>东经{0}°</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="192"/>
        <source>{0}°W</source>
        <translation>西经{0}°</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="193"/>
        <source>{0}°N</source>
        <translation>北纬{0}°</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="193"/>
        <source>{0}°S</source>
        <translation>南纬{0}°</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="194"/>
        <source>{0} {1}</source>
        <comment>longitude latitude</comment>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="203"/>
        <source>Go to: 125.145, 42.902</source>
        <translation>前往：125.145, 42.902</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="270"/>
        <source>Outside every listed city: no requirements apply.</source>
        <translation>不在所列任何城市范围内：没有适用的准入要求。</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="275"/>
        <source>{0} cities: {1}</source>
        <translation>{0} 个城市：{1}</translation>
    </message>
</context>
<context>
    <name>ZoningLocatorFilter</name>
    <message>
        <location filename="../gui/locator.py" line="87"/>
        <source>Ecological zoning control units</source>
        <translation>生态环境管控单元</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="134"/>
        <source>Cannot read the coordinates: {0}</source>
        <translation>无法读取坐标：{0}</translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="137"/>
        <source>Go to {0}, {1} and inspect</source>
        <translation>定位到 {0}, {1} 并查询</translation>
    </message>
</context>
<context>
    <name>ZoningPlugin</name>
    <message>
        <location filename="../plugin.py" line="23"/>
        <source>&amp;Ecological zoning control</source>
        <translation>生态环境分区管控(&amp;E)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="81"/>
        <source>Load zoning layers</source>
        <translation>加载管控图层</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="83"/>
        <source>Inspect: what applies here?</source>
        <translation>查询：此处适用哪些管控要求？</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="86"/>
        <source>Show/hide the inspector panel</source>
        <translation>显示/隐藏查询面板</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>Import official data…</source>
        <translation>导入官方成果数据…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="90"/>
        <source>Load the layers of every listed dataset</source>
        <translation>加载所列全部数据集的图层</translation>
    </message>
</context>
<context>
    <name>ZoningProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="19"/>
        <source>Ecological zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="22"/>
        <source>Ecological zoning control (三线一单)</source>
        <translation>生态环境分区管控（三线一单）</translation>
    </message>
</context>
<context>
    <name>ZoningSettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="20"/>
        <source>Ecological zoning control settings</source>
        <translation>生态环境分区管控设置</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="24"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="26"/>
        <source>Bundled sample dataset</source>
        <translation>内置示例数据集</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="27"/>
        <source>Zoning dataset</source>
        <translation>分区管控数据集</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="54"/>
        <source>Show unit labels at scales larger than</source>
        <translation>在大于以下比例尺时显示单元标注</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="42"/>
        <source>Also build the river buffers in the basins whose list lacks the buffer rule</source>
        <translation>在准入清单未规定缓冲区规则的流域也生成河流生态缓冲区</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="44"/>
        <source>The river buffer rule is written in the list of some basins only; this applies its widths to the rivers of the other basins too.</source>
        <translation>河流缓冲区规则仅见于部分流域的准入清单；勾选后，其宽度也适用于其他流域的河流。</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="72"/>
        <source>This dataset cannot be used: {0}</source>
        <translation>此数据集无法使用：{0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="29"/>
        <source>Or the dataset in PostGIS</source>
        <translation>或使用 PostGIS 中的数据集</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="56"/>
        <source>The label scale and the buffer option apply at once to the loaded zoning layers (or when they are loaded); a dataset no longer listed takes its layers out of the project, a new active one replaces them on the map. The next inspection uses the new dataset and buffer option.</source>
        <translation>标注比例尺和缓冲区选项立即作用于已加载的管控图层（未加载时在加载时生效）；不再列出的数据集的图层会移出项目，新的当前数据集的图层在地图上取而代之。下一次查询使用新的数据集和缓冲区选项。</translation>
    </message>
</context>
</TS>
