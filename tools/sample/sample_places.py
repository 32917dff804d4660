"""The data of the 辽源市 sample, for build_sample.py: the build settings (CRSs, grid, seed, target
shares and counts, the city, its counties and basins, the fixed texts of dataset_meta) and the
schematic data the sample is drawn from (places, the basin divide, rivers, built-up areas, the 61
units, the drawn zones, the class shares per county, the hills). Plain constants, no imports.
"""

STORAGE_EPSG, METRIC_EPSG = 4490, 4551
GRID = 0.01                       # metres: the precision grid of every overlay (EPSG:4551)
FIXED_DATE = "2025-01-26T00:00:00.000Z"
SEED = 20250126
TARGET_SHARES = {1: 0.4483, 2: 0.2061, 3: 0.3456}
TARGET_COUNTS = {1: 31, 2: 26, 3: 4}
BUFFER_QUAD_SEGS = 16             # chord error of a 50 m round join: 50 * (1 - cos(pi/64)) = 0.06 m

CITY = ("220400", "辽源市")
COUNTIES = (("220402", "龙山区"), ("220403", "西安区"), ("220421", "东丰县"), ("220422", "东辽县"))
COUNTY_NAME = dict(COUNTIES)
GEOCN_CODES = {"156" + code: code for code, _ in COUNTIES}
BASINS = (("liao", "辽河流域"), ("songhua", "松花江流域"))   # in the order of 附件4's basin lists (basins.seq)
CITY_LIST_TITLE = "辽源市总体管控要求"                          # 附件4 二、
LIST_STRUCTURE = "1+2+61"                                       # 002 line 15: “1+2+61”三个层级的生态环境准入清单

SAMPLE_SOURCE = "示例数据（非官方）：依据辽源市生态环境分区管控实施方案（2025-01-26）单元分类说明编写"
SOURCE_DOCUMENTS = "附件4 辽源市生态环境总体准入要求；辽源市生态环境分区管控实施方案（辽源市人民政府办公室，2025年1月26日）"
NOTICE = ("本数据集为示例数据：环境管控单元边界及单元准入清单依据真实县区轮廓示意编制，并非官方划定成果；"
          "市级总体管控要求和流域管控要求为官方原文。")
# What the effective date is (002 line 4 is its issue date; 附件4 carries no date of its own).
EFFECTIVE_DATE_NOTE = ("2025-01-26 为《辽源市生态环境分区管控实施方案》的印发日期（辽源市人民政府办公室，2025年1月26日）；"
                       "附件4《辽源市生态环境总体准入要求》本身未注明日期。"
                       "(2025-01-26 is the issue date of the implementation plan; 附件4 itself is undated.)")


# --------------------------------------------------------------------------------------------
# Places (lon, lat in EPSG:4490). Schematic but placed where the real places roughly are.
# --------------------------------------------------------------------------------------------
PLACES = {
    "中心城区": (125.140, 42.900),
    "南部新城": (125.128, 42.866),
    "白泉镇": (125.000, 42.922),        # 东辽县城
    "东丰镇": (125.530, 42.682),        # 东丰县城
    "辽河源镇": (125.222, 42.742),
    "安石镇": (125.035, 42.768),
    "云顶镇": (125.225, 43.105),
    "渭津镇": (125.050, 43.118),
    "泉太镇": (125.335, 42.862),
    "安恕镇": (125.112, 42.800),
    "建安镇": (124.968, 43.138),
    "金满水库": (124.962, 42.858),
}

# The 辽河/松花江 divide, north to south-west; both ends lie outside the city.
DIVIDE = [(125.255, 43.300), (125.285, 43.160), (125.292, 43.080), (125.312, 43.012),
          (125.385, 42.955), (125.430, 42.895), (125.445, 42.830), (125.415, 42.765),
          (125.345, 42.695), (125.260, 42.640), (125.170, 42.585), (125.095, 42.530),
          (124.960, 42.480)]

# Rivers: name, basin, control points (the last point of a tributary is snapped onto `joins`),
# joins (parent river or None), exits (the river leaves the city: clipped at the boundary),
# meander amplitude (m).
RIVERS = [
    ("东辽河", "liao", [(125.200, 42.712), (125.216, 42.748), (125.206, 42.782), (125.196, 42.815),
                       (125.181, 42.849), (125.160, 42.877), (125.138, 42.896), (125.110, 42.911),
                       (125.078, 42.925), (125.046, 42.934), (125.016, 42.944), (124.988, 42.960),
                       (124.962, 42.987), (124.942, 43.020), (124.921, 43.052), (124.898, 43.080),
                       (124.860, 43.104)], None, True, 220.0),
    ("仙人河", "liao", [(125.262, 42.992), (125.228, 42.965), (125.196, 42.936), (125.168, 42.912),
                       (125.152, 42.893)], "东辽河", False, 90.0),
    ("大梨树河", "liao", [(125.090, 42.742), (125.104, 42.778), (125.115, 42.812), (125.121, 42.845),
                         (125.127, 42.872), (125.128, 42.902)], "东辽河", False, 120.0),
    ("大顶河", "liao", [(125.372, 42.892), (125.338, 42.866), (125.300, 42.838), (125.262, 42.812),
                       (125.228, 42.800), (125.204, 42.800)], "东辽河", False, 140.0),
    ("四德河", "liao", [(125.330, 42.758), (125.312, 42.784), (125.292, 42.808),
                       (125.282, 42.830)], "大顶河", False, 100.0),
    ("榆树川河", "liao", [(124.990, 42.808), (124.958, 42.830), (124.962, 42.860), (124.972, 42.895),
                         (124.985, 42.930), (124.992, 42.962)], "东辽河", False, 130.0),
    ("灯杆河", "liao", [(125.060, 42.728), (125.040, 42.760), (125.012, 42.790),
                       (124.975, 42.815), (124.958, 42.826)], "榆树川河", False, 110.0),
    ("杨树河", "liao", [(124.925, 42.880), (124.930, 42.915), (124.940, 42.950),
                       (124.955, 42.990)], "东辽河", False, 110.0),
    ("渭津河", "liao", [(125.205, 43.185), (125.160, 43.160), (125.110, 43.140), (125.060, 43.122),
                       (125.005, 43.095), (124.962, 43.062), (124.935, 43.040)], "东辽河", False, 170.0),
    ("二道河", "liao", [(125.270, 43.128), (125.232, 43.108), (125.195, 43.120),
                       (125.160, 43.150)], "渭津河", False, 110.0),
    ("西渭河", "liao", [(125.020, 43.190), (124.985, 43.160), (124.955, 43.125),
                       (124.925, 43.090), (124.905, 43.070)], "东辽河", False, 120.0),
    ("梅河", "songhua", [(125.330, 42.585), (125.390, 42.568), (125.450, 42.552), (125.505, 42.540),
                        (125.560, 42.528), (125.615, 42.518), (125.660, 42.505)], None, True, 200.0),
    ("小柳树河", "songhua", [(125.615, 42.768), (125.590, 42.735), (125.560, 42.700),
                           (125.545, 42.650), (125.540, 42.600), (125.535, 42.545)],
     "梅河", False, 130.0),
    ("大横道河", "songhua", [(125.525, 42.915), (125.570, 42.903), (125.620, 42.898),
                           (125.670, 42.903), (125.710, 42.908), (125.760, 42.912)], None, True, 150.0),
    ("莲河", "songhua", [(125.345, 43.020), (125.362, 43.060), (125.390, 43.100), (125.410, 43.140),
                        (125.422, 43.180), (125.430, 43.260)], None, True, 160.0),
]

# Built-up areas: (code, name, county codes it may cover, parts). Parts: ("river", name, t0, t1,
# radius m) a stretch of a river widened, or ("blob", (lon, lat), radius m, elongation, angle deg).
BUILT_UP = [
    ("220400", "辽源市中心城区", ("220402", "220403"),
     [("river", "东辽河", None, None, 1600.0, (125.182, 42.866), (125.066, 42.928)),
      ("blob", PLACES["南部新城"], 1500.0, 1.3, 80.0),
      ("blob", (125.178, 42.925), 1600.0, 1.4, 35.0),
      ("blob", (125.100, 42.932), 1300.0, 1.3, 20.0)]),
    ("220422", "东辽县城（白泉镇）", ("220422",), [("blob", PLACES["白泉镇"], 1350.0, 1.35, 10.0)]),
    ("220421", "东丰县城（东丰镇）", ("220421",), [("blob", PLACES["东丰镇"], 1550.0, 1.3, 60.0)]),
]

# --------------------------------------------------------------------------------------------
# The 61 units. Serial numbers follow this order within county + class.
#   mode "zone": the unit is a drawn zone (see ZONES);
#   "red" / "eco": 生态保护红线 / 一般生态空间 cells, split between units by nearest anchor;
#   "soil": 黑土地 / 农用地 cells nearest to the anchor, up to `quota_km2`;
#   "agri": 水环境农业污染 cells, split by nearest anchor;  "rest": the county's general unit.
# ctx feeds the wording of the unit's access list.
# --------------------------------------------------------------------------------------------
UNITS = [
    # ---- 龙山区 ----
    dict(key="ls_red", county="220402", cls=1, name="龙山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.290, 42.875), ctx=dict(area="东南部低山丘陵")),
    dict(key="ls_eco", county="220402", cls=1, name="龙山区一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.255, 42.990), ctx=dict(area="东北部山地")),
    dict(key="ls_ws", county="220402", cls=1, name="龙山区饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="龙山区集中式饮用水水源地", kind="地下水")),
    dict(key="ls_riv", county="220402", cls=1, name="龙山区仙人河源头水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="仙人河", reach="源头段")),
    dict(key="ls_town", county="220402", cls=2, name="龙山区城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="龙山区中心城区", level="city", rivers="东辽河、仙人河、大梨树河",
                  wwtp="辽源市污水处理厂")),
    dict(key="ls_edz", county="220402", cls=2, name="辽源经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源经济开发区", industries="冶金建材、矿山机械和装备制造、新材料",
                  wwtp="辽源经济开发区污水处理厂")),
    dict(key="ls_sock", county="220402", cls=2, name="辽源袜业园区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源袜业园区", industries="袜业及现代纺织", wwtp="辽源市污水处理厂",
                  textile=True)),
    dict(key="ls_air", county="220402", cls=2, name="龙山区大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone",
         ctx=dict(sources="调峰热源厂、冶金建材等重点排放企业")),
    dict(key="ls_wind", county="220402", cls=2, name="龙山区水环境工业污染重点管控单元",
         subtype="水环境工业污染重点管控区", mode="zone", ctx=dict(river="东辽河")),
    dict(key="ls_agri", county="220402", cls=2, name="龙山区水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.240, 42.850),
         ctx=dict(rivers="东辽河、大顶河")),
    dict(key="ls_gen", county="220402", cls=3, name="龙山区一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 西安区 ----
    dict(key="xa_red", county="220403", cls=1, name="西安区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.170, 43.040), ctx=dict(area="北部低山")),
    dict(key="xa_eco", county="220403", cls=1, name="西安区一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.200, 43.020), ctx=dict(area="东部丘陵")),
    dict(key="xa_ws", county="220403", cls=1, name="西安区饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="西安区集中式饮用水水源地", kind="地下水")),
    dict(key="xa_town", county="220403", cls=2, name="西安区城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="西安区中心城区", level="city", rivers="东辽河", wwtp="辽源市污水处理厂")),
    dict(key="xa_hitech", county="220403", cls=2, name="辽源高新技术产业开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="辽源高新技术产业开发区", industries="新能源汽车零部件、高精铝加工、医药健康",
                  wwtp="辽源市污水处理厂")),
    dict(key="xa_mine", county="220403", cls=2, name="西安区矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="煤炭", subsidence=True)),
    dict(key="xa_air", county="220403", cls=2, name="西安区大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone", ctx=dict(sources="供热锅炉和建材等重点排放企业")),
    dict(key="xa_agri", county="220403", cls=2, name="西安区水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.020, 42.985),
         ctx=dict(rivers="东辽河")),
    dict(key="xa_gen", county="220403", cls=3, name="西安区一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 东丰县 ----
    dict(key="df_ws", county="220421", cls=1, name="东丰县县城饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="东丰县县城集中式饮用水水源地", kind="地表水", river="小柳树河")),
    dict(key="df_red_e", county="220421", cls=1, name="东丰县东部山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.660, 42.800), ctx=dict(area="东部山区")),
    dict(key="df_red_s", county="220421", cls=1, name="东丰县南部山区生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.330, 42.400), ctx=dict(area="南部山区")),
    dict(key="df_red_n", county="220421", cls=1, name="东丰县北部生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.660, 43.020), ctx=dict(area="北部低山")),
    dict(key="df_eco_e", county="220421", cls=1, name="东丰县东部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.660, 42.860), ctx=dict(area="东部丘陵")),
    dict(key="df_eco_s", county="220421", cls=1, name="东丰县南部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.480, 42.440), ctx=dict(area="南部丘陵")),
    dict(key="df_eco_w", county="220421", cls=1, name="东丰县西部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.180, 42.570), ctx=dict(area="西部丘陵")),
    dict(key="df_riv_mei", county="220421", cls=1, name="东丰县梅河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="梅河", reach="干流")),
    dict(key="df_riv_hd", county="220421", cls=1, name="东丰县大横道河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="大横道河", reach="干流")),
    dict(key="df_riv_xl", county="220421", cls=1, name="东丰县小柳树河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="小柳树河", reach="县城上游段")),
    dict(key="df_riv_lian", county="220421", cls=1, name="东丰县莲河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="莲河", reach="出境段")),
    dict(key="df_soil_b", county="220421", cls=1, name="东丰县黑土地保护优先保护单元",
         subtype="黑土地保护区", mode="soil", anchor=(125.450, 43.150), quota_km2=95.0,
         ctx=dict(area="北部漫岗平原")),
    dict(key="df_soil_f", county="220421", cls=1, name="东丰县农用地优先保护单元",
         subtype="农用地优先保护区", mode="soil", anchor=(125.470, 42.720), quota_km2=60.0,
         ctx=dict(area="中部河谷平原")),
    dict(key="df_town", county="220421", cls=2, name="东丰县城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东丰县城（东丰镇）", level="county", rivers="小柳树河",
                  wwtp="东丰县生活污水处理厂")),
    dict(key="df_edz", county="220421", cls=2, name="东丰经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东丰经济开发区", industries="梅花鹿产品加工、医药健康、农产品加工",
                  wwtp="东丰县生活污水处理厂")),
    dict(key="df_deer", county="220421", cls=2, name="东丰国际梅花鹿产业创投园重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东丰国际梅花鹿产业创投园", industries="梅花鹿繁育、鹿产品精深加工",
                  wwtp="东丰县生活污水处理厂", livestock=True)),
    dict(key="df_towns", county="220421", cls=2, name="东丰县建制镇城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东丰县各建制镇镇区", level="town", rivers="梅河、莲河、大横道河",
                  wwtp="各建制镇污水处理设施")),
    dict(key="df_mine", county="220421", cls=2, name="东丰县矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="建筑石料和非金属矿")),
    dict(key="df_air", county="220421", cls=2, name="东丰县大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone", ctx=dict(sources="县城供热企业和农产品加工企业")),
    dict(key="df_agri_n", county="220421", cls=2, name="东丰县北部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.560, 43.050),
         ctx=dict(rivers="莲河、大横道河")),
    dict(key="df_agri_s", county="220421", cls=2, name="东丰县南部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.450, 42.600),
         ctx=dict(rivers="梅河、小柳树河")),
    dict(key="df_gen", county="220421", cls=3, name="东丰县一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
    # ---- 东辽县 ----
    dict(key="dl_ws", county="220422", cls=1, name="东辽县金满水库饮用水水源保护优先保护单元",
         subtype="饮用水水源保护区", mode="zone",
         ctx=dict(source="金满水库饮用水水源地", kind="地表水", river="榆树川河", named=True)),
    dict(key="dl_red_src", county="220422", cls=1, name="东辽县辽河源生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.190, 42.705), ctx=dict(area="辽河源头山区")),
    dict(key="dl_red_e", county="220422", cls=1, name="东辽县东部生态保护红线优先保护单元",
         subtype="生态保护红线", mode="red", anchor=(125.420, 42.900), ctx=dict(area="东部低山")),
    dict(key="dl_eco_s", county="220422", cls=1, name="东辽县南部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.050, 42.730), ctx=dict(area="南部丘陵")),
    dict(key="dl_eco_n", county="220422", cls=1, name="东辽县北部一般生态空间优先保护单元",
         subtype="一般生态空间", mode="eco", anchor=(125.300, 43.110), ctx=dict(area="北部丘陵")),
    dict(key="dl_riv_src", county="220422", cls=1, name="东辽县东辽河源头水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="东辽河", reach="源头段")),
    dict(key="dl_riv_wj", county="220422", cls=1, name="东辽县渭津河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="渭津河", reach="上游段")),
    dict(key="dl_riv_dls", county="220422", cls=1, name="东辽县大梨树河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="大梨树河", reach="上游段")),
    dict(key="dl_riv_lian", county="220422", cls=1, name="东辽县莲河水环境优先保护单元",
         subtype="水环境优先保护区", mode="zone", ctx=dict(river="莲河", reach="源头段")),
    dict(key="dl_soil_b", county="220422", cls=1, name="东辽县黑土地保护优先保护单元",
         subtype="黑土地保护区", mode="soil", anchor=(124.985, 43.175), quota_km2=80.0,
         ctx=dict(area="西北部漫岗平原")),
    dict(key="dl_soil_f", county="220422", cls=1, name="东辽县农用地优先保护单元",
         subtype="农用地优先保护区", mode="soil", anchor=(124.935, 42.935), quota_km2=55.0,
         ctx=dict(area="西部河谷平原")),
    dict(key="dl_town", county="220422", cls=2, name="东辽县城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="东辽县城（白泉镇）", level="county", rivers="东辽河、榆树川河",
                  wwtp="东辽县城污水处理厂")),
    dict(key="dl_edz", county="220422", cls=2, name="东辽经济开发区重点管控单元",
         subtype="产业园区", mode="zone",
         ctx=dict(park="东辽经济开发区", industries="农产品精深加工、新型建材、装备制造",
                  wwtp="东辽经济开发区污水处理厂")),
    dict(key="dl_towns", county="220422", cls=2, name="东辽县建制镇城镇生活重点管控单元",
         subtype="城镇生活", mode="zone",
         ctx=dict(place="安石镇、云顶镇、渭津镇、泉太镇、辽河源镇、安恕镇、建安镇镇区", level="town",
                  rivers="东辽河及其支流", wwtp="安石镇、云顶镇等乡镇污水处理设施")),
    dict(key="dl_air", county="220422", cls=2, name="东辽县渭津大气环境高排放重点管控单元",
         subtype="大气环境高排放重点管控区", mode="zone",
         ctx=dict(sources="渭津金刚水泥等建材企业", cement=True)),
    dict(key="dl_mine", county="220422", cls=2, name="东辽县矿产资源开发重点管控单元",
         subtype="矿产资源开发", mode="zone", ctx=dict(mineral="建筑石料和非金属矿")),
    dict(key="dl_agri_n", county="220422", cls=2, name="东辽县北部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.080, 43.080),
         ctx=dict(rivers="渭津河、西渭河、二道河")),
    dict(key="dl_agri_s", county="220422", cls=2, name="东辽县南部水环境农业污染重点管控单元",
         subtype="水环境农业污染重点管控区", mode="agri", anchor=(125.020, 42.820),
         ctx=dict(rivers="榆树川河、灯杆河、杨树河")),
    dict(key="dl_gen", county="220422", cls=3, name="东辽县一般管控单元", subtype="一般管控区",
         mode="rest", ctx=dict()),
]

# Drawn zones, in priority order (a place inside two zones goes to the first). Each maps the
# counties it may cover to a unit; its part in any other county is left to the cells.
#   ("blob", (lon, lat), radius m, elongation, angle deg)
#   ("rect", (lon, lat), [(dx m, dy m, width m, height m)], angle deg)
#   ("corridor", river, t0, t1, half width m)       t = share of the river's length from its source
#   ("builtup", index into BUILT_UP)
ZONES = [
    (("blob", PLACES["金满水库"], 2500.0, 1.35, 25.0), {"220422": "dl_ws"}),
    (("blob", (125.278, 42.938), 1350.0, 1.3, 120.0), {"220402": "ls_ws"}),
    (("blob", (125.135, 43.033), 1050.0, 1.3, 160.0), {"220403": "xa_ws"}),
    (("blob", (125.592, 42.742), 2300.0, 1.25, 40.0), {"220421": "df_ws"}),
    (("rect", (125.088, 42.957), [(0, 0, 3800, 2600), (1400, -1700, 1500, 1200)], 20.0),
     {"220403": "xa_hitech"}),
    (("rect", (125.208, 42.884), [(0, 0, 3400, 2500), (-900, 1700, 1600, 1200)], -25.0),
     {"220402": "ls_edz"}),
    (("rect", (125.108, 42.873), [(0, 0, 2000, 1500)], 15.0), {"220402": "ls_sock"}),
    (("rect", (124.982, 42.905), [(0, 0, 2600, 1900), (1200, 900, 1000, 900)], -10.0),
     {"220422": "dl_edz"}),
    (("rect", (125.498, 42.664), [(0, 0, 2600, 1900)], 30.0), {"220421": "df_edz"}),
    (("rect", (125.572, 42.650), [(0, 0, 2100, 1400), (-700, -1000, 900, 900)], -15.0),
     {"220421": "df_deer"}),
    (("builtup", 0), {"220402": "ls_town", "220403": "xa_town"}),
    (("builtup", 1), {"220422": "dl_town"}),
    (("builtup", 2), {"220421": "df_town"}),
    (("blob", PLACES["安石镇"], 800.0, 1.3, 30.0), {"220422": "dl_towns"}),
    (("blob", PLACES["云顶镇"], 750.0, 1.2, 100.0), {"220422": "dl_towns"}),
    (("blob", PLACES["渭津镇"], 900.0, 1.3, 20.0), {"220422": "dl_towns"}),
    (("blob", PLACES["泉太镇"], 750.0, 1.2, 140.0), {"220422": "dl_towns"}),
    (("blob", PLACES["辽河源镇"], 800.0, 1.3, 75.0), {"220422": "dl_towns"}),
    (("blob", PLACES["安恕镇"], 700.0, 1.2, 60.0), {"220422": "dl_towns"}),
    (("blob", PLACES["建安镇"], 700.0, 1.2, 0.0), {"220422": "dl_towns"}),
    (("blob", (125.660, 42.935), 850.0, 1.3, 30.0), {"220421": "df_towns"}),
    (("blob", (125.470, 43.080), 900.0, 1.2, 120.0), {"220421": "df_towns"}),
    (("blob", (125.420, 42.560), 800.0, 1.3, 80.0), {"220421": "df_towns"}),
    (("blob", (125.600, 42.530), 750.0, 1.2, 10.0), {"220421": "df_towns"}),
    (("blob", (125.300, 42.480), 800.0, 1.3, 45.0), {"220421": "df_towns"}),
    (("blob", (125.640, 42.620), 750.0, 1.2, 150.0), {"220421": "df_towns"}),
    (("corridor", "东辽河", 0.0, 0.25, 550.0), {"220422": "dl_riv_src"}),
    (("corridor", "仙人河", 0.0, 0.40, 450.0), {"220402": "ls_riv"}),
    (("corridor", "渭津河", 0.0, 0.55, 500.0), {"220422": "dl_riv_wj"}),
    (("corridor", "大梨树河", 0.0, 0.42, 450.0), {"220422": "dl_riv_dls"}),
    (("corridor", "莲河", 0.0, 1.0, 700.0), {"220422": "dl_riv_lian", "220421": "df_riv_lian"}),
    (("corridor", "梅河", 0.0, 1.0, 800.0), {"220421": "df_riv_mei"}),
    (("corridor", "大横道河", 0.0, 1.0, 650.0), {"220421": "df_riv_hd"}),
    (("corridor", "小柳树河", 0.0, 0.40, 500.0), {"220421": "df_riv_xl"}),
    (("blob", (125.070, 43.010), 2300.0, 1.4, 150.0), {"220403": "xa_mine"}),
    (("blob", (125.128, 42.992), 1250.0, 1.3, 10.0), {"220403": "xa_air"}),
    (("blob", (125.248, 42.908), 1350.0, 1.3, 100.0), {"220402": "ls_air"}),
    (("blob", (125.178, 42.852), 1200.0, 1.5, 140.0), {"220402": "ls_wind"}),
    (("blob", (125.080, 43.100), 1400.0, 1.3, 60.0), {"220422": "dl_air"}),
    (("blob", (125.330, 42.985), 2300.0, 1.3, 30.0), {"220422": "dl_mine"}),
    (("blob", (125.425, 42.505), 2400.0, 1.3, 120.0), {"220421": "df_mine"}),
    (("blob", (125.488, 42.705), 1250.0, 1.3, 20.0), {"220421": "df_air"}),
]

# Class shares per county (of the county's area); 东辽县 (last) takes what makes the city add up.
COUNTY_SHARES = {"220402": {1: 0.28, 2: 0.45}, "220403": {1: 0.30, 2: 0.42},
                 "220421": {1: 0.52, 2: 0.16}}
RED_SHARE = 0.55            # share of a county's ecological cells (by area) that are 生态保护红线
CELL_SPACING = 1300.0       # metres between cell seeds (jittered grid)
SMALL_ITEM_M2 = 0.25e6      # free pieces smaller than this are merged into a neighbour
SMALL_PART_M2 = 1.0e6       # detached parts of cell-based units smaller than this are given away

# Hills (lon, lat, weight, sigma km): the 长白山 foothills in the east and south-east.
HILLS = [(125.740, 42.700, 1.00, 16.0), (125.650, 42.960, 0.75, 12.0), (125.380, 42.400, 0.80, 14.0),
         (125.700, 42.850, 0.90, 11.0), (125.630, 43.060, 0.60, 7.0),
         (125.220, 42.470, 0.75, 10.0), (125.190, 42.700, 0.85, 9.0), (125.420, 42.880, 0.65, 8.0),
         (125.300, 43.110, 0.55, 8.0), (125.290, 42.880, 0.55, 4.5), (125.165, 43.050, 0.55, 4.0),
         (125.025, 43.005, 0.35, 3.5), (125.560, 42.380, 0.70, 10.0), (125.150, 42.560, 0.6, 8.0)]
