"""Notes on requirements (the requirement_notes table, docs/dataset-schema.md): where the sources
disagree (kind `disagreement`) and where the plugin reads a text one way among others (kind
`reading`). Every quotation is checked here against the official text it annotates; the lines of the
other documents were checked by hand against the seed texts (001 = 辽源市生态环境保护“十四五”规划,
002 = 辽源市生态环境分区管控实施方案)."""
from tools.sample.sample_lists import _cited

PLAN_14 = "辽源市生态环境保护“十四五”规划"
PLAN_2025 = "辽源市生态环境分区管控实施方案（2025年1月26日）"
STATUTE = "《中华人民共和国民法典》第1259条"


def requirement_note_rows(official):
    """[{req_id, kind, text, source}] of the sample; a req_id `dimension:<name>` annotates a
    dimension wherever it is shown."""
    pm25 = _cited(official, "220400", 2, "PM2.5年均浓度达到35微克/立方米")
    boiler = _cited(official, "220400", 6, "禁止新建35蒸吨/小时以下的燃煤锅炉")
    return [
        dict(req_id=pm25, kind="disagreement",
             text="本条（附件4）：2025年、2035年PM2.5年均浓度达到35微克/立方米；而《辽源市生态环境保护“十四五”规划》"
                  "要求到2025年PM2.5浓度平均值“控制在28微克/立方米以下”（001 第183行），其2020年基数为39μg/m3"
                  "（001 第45行）。两份文件的目标不一致，本插件不作取舍，请以审批部门采用的目标为准。",
             source=f"{PLAN_14} 第183行、第45行"),
        dict(req_id=boiler, kind="disagreement",
             text="本条（附件4）：城市建成区“禁止新建”35蒸吨/小时以下燃煤锅炉；而《辽源市生态环境保护“十四五”规划》"
                  "写作“县级以上城市建成区原则上不再新建每小时35蒸吨以下燃煤锅炉,其他地区原则上不再新建每小时10蒸吨"
                  "以下燃煤锅炉”，并要求“单台出力65蒸吨/小时以上燃煤供热锅炉的超低排放改造”（001 第207行）。"
                  "两者的措辞（禁止／原则上不再新建）和范围（城市建成区／县级以上城市建成区）不同，本插件不作取舍。",
             source=f"{PLAN_14} 第207行"),
        dict(req_id=boiler, kind="reading",
             text="“以下”默认按含本数理解（35蒸吨/小时的锅炉属于“35蒸吨/小时以下”），与法律用语一致："
                  "“民法所称的‘以上’、‘以下’……包括本数”。不含本数的理解可在研判参数中选择；"
                  "研判结果写明所用的理解。",
             source=STATUTE),
        dict(req_id="dimension:资源利用效率", kind="reading",
             text="维度名称“资源利用效率”是本插件的统一写法：附件4写作“资源利用要求”（000 第56、92、182行），"
                  "实施方案写作“资源开发利用效率”（002 第15行）。",
             source=f"附件4；{PLAN_2025} 第15行"),
    ]
