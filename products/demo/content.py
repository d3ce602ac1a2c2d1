# ruff: noqa: E501 -- long lines of Chinese prose and HTML; a line break inside a paragraph would show as a space.
"""Demo content for the catalog: product types and subcategories, spec fields, excavator brands,
products, project cases and videos.

Plain data only; :mod:`products.demo` writes it to the database. ``kind``, ``variant`` and
``scene`` only choose the generated placeholder drawings (see :mod:`products.demo.images`).
Spec values are listed in the order of their type's ``spec_fields`` and carry no unit.
"""

# (name, English name, slug)
EXCAVATOR_BRANDS = [
    ("沃尔沃", "Volvo", "volvo"),
    ("大宇", "Daewoo", "daewoo"),
    ("斗山", "Doosan", "doosan"),
    ("神钢", "Kobelco", "kobelco"),
    ("日立", "Hitachi", "hitachi"),
    ("小松", "Komatsu", "komatsu"),
    ("卡特", "Caterpillar", "caterpillar"),
    ("三一", "Sany", "sany"),
    ("徐工", "XCMG", "xcmg"),
    ("柳工", "LiuGong", "liugong"),
    ("现代", "Hyundai", "hyundai"),
    ("住友", "Sumitomo", "sumitomo"),
]

# The nine product types in menu order. Spec fields: (name, unit, is_key). The excavator weight a product
# fits is its "carrier" range, never a spec field; "tonnage_is_key": False keeps it off the type's cards.
CATEGORIES = [
    {
        "slug": "booms-arms",
        "name": "大小臂",
        "name_en": "Booms & arms",
        "kind": "long-reach",
        "variant": "long-reach",
        "scene": "river",
        "summary": "两段式加长臂、三段式拆楼臂和隧道短臂，延伸挖掘机的作业半径、高度与空间适应性。",
        "description": """
<p>科德大小臂按主机原厂铰点尺寸设计，大臂、小臂采用Q460/Q690高强度钢板焊接成箱形截面，关键焊缝经超声波探伤；出厂前根据主机吨位核算整机稳定性，并给出配重方案。产品适配12–50吨挖掘机，可与原机动臂互换安装。</p>
<ul>
<li>变截面箱形结构，在保证强度的前提下减轻自重、增加有效斗容</li>
<li>机器人焊接、整体去应力退火，焊缝一次合格率99%以上</li>
<li>铰点孔在大型数控镗铣中心一次装夹加工，保证同轴度</li>
<li>按需配套加长油管、加长油缸、配重和防护装置</li>
</ul>
""",
        "tonnage_is_key": False,
        "spec_fields": [
            ("总长", "m", True),
            ("最大作业半径", "m", False),
            ("最大挖深", "m", True),
            ("最大作业高度", "m", False),
            ("斗容", "m³", True),
            ("配重", "t", False),
        ],
        "children": [
            {
                "slug": "booms-long-reach",
                "name": "两段式加长臂",
                "name_en": "Long-reach fronts",
                "variant": "long-reach",
                "summary": "作业半径13–22米，适合河道清淤、深基坑开挖和远距离挖掘装车。",
                "features": [
                    "大臂与小臂均采用变截面箱形结构，刚性好、下挠小",
                    "配套加长斗杆油缸和高压油管，动作平稳无冲击",
                    "出厂附带配重计算书，整机稳定性有据可查",
                ],
            },
            {
                "slug": "booms-demolition",
                "name": "三段式拆楼臂",
                "name_en": "High-reach demolition booms",
                "variant": "demolition",
                "summary": "作业高度22–28米，配液压剪或破碎锤对多层建筑进行自上而下的拆除。",
                "features": [
                    "三段式结构，中间臂可调角度，高空与地面作业两用",
                    "预留液压剪、破碎锤两套管路及回转控制油路",
                    "驾驶室加装防护网与倾斜仰视座椅（选配），保障操作安全",
                ],
            },
            {
                "slug": "booms-tunnel",
                "name": "隧道短臂",
                "name_en": "Tunnel arms",
                "variant": "tunnel",
                "summary": "降低整机作业高度、增大挖掘力，适合隧道、涵洞和地下空间施工。",
                "features": [
                    "整机作业高度比标准工作装置降低约2米",
                    "挖掘力提高约25%，适合开挖硬土和爆破后的石渣",
                    "可直接安装破碎锤，实现挖、破一机两用",
                ],
            },
        ],
    },
    {
        "slug": "buckets",
        "name": "挖掘机挖斗",
        "name_en": "Excavator buckets",
        "kind": "bucket",
        "variant": "standard",
        "scene": "earthworks",
        "summary": "标准斗、岩石斗、矿山加强斗、清淤修坡斗和筛分斗，适配1.5–90吨挖掘机。",
        "description": """
<p>挖斗是挖掘机最常用的工作装置，也是磨损最快的部件之一。科德挖斗按物料密度与磨损程度分级设计：斗底、侧刃和齿座选用NM400/NM450耐磨钢，主体结构采用Q355B高强度钢，耳板间距和销轴直径按主机型号定制，到货即可安装。</p>
<ul>
<li>斗容与主机液压系统和整机稳定性匹配，挖得满、转得稳</li>
<li>底板、侧板加装耐磨条，磨损后可局部更换，延长整斗寿命</li>
<li>斗齿、齿座与侧刃可选原厂同款或科德自产件，互换方便</li>
<li>可加装快换接口，配合快换装置一机多斗快速切换</li>
</ul>
""",
        "spec_fields": [
            ("斗容", "m³", True),
            ("斗宽", "mm", True),
            ("重量", "kg", False),
            ("斗齿数", "个", False),
        ],
        "children": [
            {
                "slug": "buckets-standard",
                "name": "标准土方斗",
                "name_en": "Standard buckets",
                "variant": "standard",
                "summary": "适合一般土方开挖、装车和回填，斗容大、效率高。",
                "features": [
                    "斗型圆滑，入土阻力小，装满率高",
                    "主刃板与齿座采用耐磨钢，焊后整体回火",
                    "轻量化设计，比同规格岩石斗轻15%左右，油耗更低",
                ],
            },
            {
                "slug": "buckets-rock",
                "name": "岩石斗",
                "name_en": "Rock buckets",
                "variant": "rock",
                "summary": "加厚底板和侧刃，适合碎石、风化岩和混合土石的挖掘装车。",
                "features": [
                    "底板、主刃板加厚并加装耐磨条，抗冲击、耐磨损",
                    "配重型岩石齿与侧护齿，侧刃不易磨圆",
                    "斗口加强筋与耳板加强板一体设计，不开裂",
                ],
            },
            {
                "slug": "buckets-heavy",
                "name": "矿山加强斗",
                "name_en": "Heavy-duty mining buckets",
                "variant": "heavy",
                "summary": "为大吨位挖掘机在矿山、采石场长时间高负荷作业设计。",
                "features": [
                    "关键部位采用NM450耐磨钢并堆焊耐磨网格",
                    "斗底加装耐磨块，磨损到限可直接更换",
                    "加强型齿座与销轴，适应高强度挖掘和频繁装车",
                ],
            },
            {
                "slug": "buckets-ditching",
                "name": "清淤与修坡斗",
                "name_en": "Ditching & grading buckets",
                "variant": "ditching",
                "summary": "宽口无齿斗和液压倾斜斗，用于河道清淤、沟渠成型和边坡修整。",
                "features": [
                    "宽口平刃设计，刮面平整，修坡一次成型",
                    "斗壁开设排水孔，清淤时沥水快、带水少",
                    "刃板可翻转或更换，磨损后无需换整斗",
                ],
            },
            {
                "slug": "buckets-skeleton",
                "name": "筛分斗",
                "name_en": "Skeleton buckets",
                "variant": "skeleton",
                "summary": "格栅式斗体，边挖边筛，用于石料分选、河卵石筛分和拆除物料分拣。",
                "features": [
                    "格栅间距可按物料粒径定制，常用60–120毫米",
                    "栅条采用耐磨钢，抖动筛分时不易变形",
                    "挖、筛、装一次完成，减少二次倒运",
                ],
            },
        ],
    },
    {
        "slug": "vibro-hammers",
        "name": "振动锤",
        "name_en": "Vibro hammers",
        "kind": "vibro",
        "variant": "standard",
        "scene": "solar",
        "summary": "挖掘机用液压振动打拔桩锤，可打拔钢板桩、H型钢、钢管桩和光伏桩。",
        "description": """
<p>科德振动锤由挖掘机液压系统驱动偏心块高速旋转，产生的激振力使桩身周围土体“液化”，从而把桩快速沉入或拔出。与专用打桩机相比，挖掘机振动锤转场灵活、一机多用，特别适合市政管沟支护、基坑围护、河道围堰和光伏电站桩基施工。</p>
<ul>
<li>进口柱塞马达与重载调心滚子轴承，连续作业温升低</li>
<li>高弹性减振橡胶块，隔离振动，保护挖掘机小臂和驾驶员</li>
<li>夹钳可360°回转，夹紧力大，打拔桩不打滑</li>
<li>可选侧夹结构，实现单机自取桩、自喂桩</li>
</ul>
""",
        "tonnage_is_key": False,
        "spec_fields": [
            ("激振力", "kN", True),
            ("偏心力矩", "kg·m", False),
            ("振动频率", "rpm", True),
            ("最大桩长", "m", True),
            ("重量", "kg", False),
        ],
        "children": [
            {
                "slug": "vibro-standard",
                "name": "标准型振动锤",
                "name_en": "Standard vibro hammers",
                "variant": "standard",
                "summary": "正夹式结构，用于钢板桩、H型钢和钢管桩的打入与拔出。",
                "features": [
                    "双马达对称驱动，激振力大、振幅稳定",
                    "夹钳油缸带保压阀，意外失压时桩不脱落",
                    "齿轮箱采用强制润滑，换油周期长",
                ],
            },
            {
                "slug": "vibro-side-grip",
                "name": "侧夹式振动锤",
                "name_en": "Side-grip vibro hammers",
                "variant": "side",
                "summary": "侧夹回转结构，可从地面直接取桩，特别适合光伏桩和短桩施工。",
                "features": [
                    "侧夹钳可从地面抓取平放的桩，无需辅助吊车",
                    "夹头可±90°摆动，取桩、扶正、定位一气呵成",
                    "专用光伏桩夹块，C型钢、螺旋桩均可夹持",
                ],
            },
        ],
    },
    {
        "slug": "hydraulic-shears",
        "name": "液压剪",
        "name_en": "Hydraulic shears",
        "kind": "shear",
        "variant": "demolition",
        "scene": "demolition",
        "summary": "双缸破碎剪、液压粉碎钳和鹰嘴废钢剪，用于混凝土拆除、钢筋分离和废钢剪切。",
        "description": """
<p>液压剪是建筑拆除和再生资源回收的主力属具。科德液压剪采用大缸径油缸和增力连杆机构，钳口刀片为高铬合金钢，可双面翻转使用；回转机构由液压马达驱动，可360°连续回转，便于在复杂角度下精准作业。与破碎锤拆除相比，液压剪噪音低、粉尘少，适合城市中心和居民区附近施工。</p>
<ul>
<li>大缸径油缸配增力机构，同等吨位剪切力提高约20%</li>
<li>刀片、齿板用螺栓固定，可翻转、可更换</li>
<li>集成速度阀，空载合拢快、遇阻自动增力</li>
<li>液压马达360°回转，带回转缓冲，定位准确</li>
</ul>
""",
        "spec_fields": [
            ("最大开口", "mm", True),
            ("剪切力", "t", True),
            ("重量", "kg", False),
            ("旋转角度", "°", False),
            ("工作压力", "bar", False),
        ],
        "children": [
            {
                "slug": "shears-demolition",
                "name": "双缸液压剪",
                "name_en": "Demolition shears",
                "variant": "demolition",
                "summary": "双油缸驱动两侧钳口，剪切混凝土梁柱与钢筋，用于建筑主体拆除。",
                "features": [
                    "双油缸对称驱动，两侧钳口同步开合，受力均衡",
                    "钳口前端为破碎齿、根部为剪切刀，一剪两用",
                    "钳体采用高强耐磨钢，适合长时间拆除作业",
                ],
            },
            {
                "slug": "shears-pulverizer",
                "name": "液压粉碎钳",
                "name_en": "Pulverizers",
                "variant": "pulverizer",
                "summary": "宽口齿形钳口，将混凝土块粉碎并把钢筋剥离出来，便于分类回收。",
                "features": [
                    "宽大开口，可咬合楼板和墙体",
                    "齿形钳口粉碎混凝土，根部刀片切断钢筋",
                    "粉碎后骨料粒径均匀，便于再生利用",
                ],
            },
            {
                "slug": "shears-scrap",
                "name": "鹰嘴废钢剪",
                "name_en": "Scrap shears",
                "variant": "scrap",
                "summary": "鹰嘴形刀口，剪切型钢、钢管、汽车车架和钢结构，用于废钢回收和钢结构拆除。",
                "features": [
                    "鹰嘴形上颚带穿刺尖，先刺后剪，剪切效率高",
                    "主刀片与导向刀片均可四面翻转使用",
                    "加速阀使空载开合时间缩短约30%",
                ],
            },
        ],
    },
    {
        "slug": "breakers",
        "name": "破碎锤",
        "name_en": "Hydraulic breakers",
        "kind": "breaker",
        "variant": "top",
        "scene": "quarry",
        "summary": "侧置式、直立式和箱式静音破碎锤，适配1–45吨挖掘机，用于岩石和混凝土破碎。",
        "description": """
<p>科德破碎锤采用氮气与油压复合打击原理，活塞与缸体选用进口合金钢，经渗碳淬火和精密研磨，配合间隙控制在微米级。整机出厂前在测试台上完成冲击能量、频率和密封性能试验，确保打得猛、故障少、寿命长。</p>
<ul>
<li>大直径活塞与长行程设计，单次冲击能量大</li>
<li>进口密封件，耐高温、抗污染，保养周期长</li>
<li>钎杆与衬套采用优质合金钢，热处理硬度均匀</li>
<li>侧置式、直立式、箱式三种结构，满足不同工况与噪音要求</li>
</ul>
""",
        "spec_fields": [
            ("工作重量", "kg", False),
            ("工作流量", "L/min", False),
            ("工作压力", "bar", False),
            ("冲击频率", "bpm", True),
            ("钎杆直径", "mm", True),
        ],
        "children": [
            {
                "slug": "breakers-side",
                "name": "侧置式破碎锤",
                "name_en": "Side-type breakers",
                "variant": "side",
                "summary": "锤体侧挂在支架上，整机高度低、结构紧凑，适合沟槽破碎和小型挖掘机。",
                "features": [
                    "侧挂式支架，整机高度低，视野好",
                    "结构紧凑，适合管沟、室内和狭窄空间作业",
                    "支架可按主机定制，也可配快换接口",
                ],
            },
            {
                "slug": "breakers-top",
                "name": "直立式破碎锤",
                "name_en": "Top-type breakers",
                "variant": "top",
                "summary": "锤体与小臂在一条直线上，冲击力传递直接，适合岩石开挖和二次破碎。",
                "features": [
                    "直立式布置，打击力沿钎杆直线传递，能量损失小",
                    "便于对准破碎点，适合向下垂直打击",
                    "锤体侧板可拆，维修保养方便",
                ],
            },
            {
                "slug": "breakers-box",
                "name": "箱式静音破碎锤",
                "name_en": "Box-type silenced breakers",
                "variant": "box",
                "summary": "全封闭箱式外壳内衬减振降噪材料，噪音低、锤体受保护，适合城市施工。",
                "features": [
                    "全封闭箱体，噪音比开放式破碎锤低约10分贝",
                    "内置减振块，减少对挖掘机小臂的冲击",
                    "箱体保护锤芯免受碎石撞击，延长使用寿命",
                ],
            },
        ],
    },
    {
        "slug": "log-grapples",
        "name": "抓木器",
        "name_en": "Log grapples",
        "kind": "grapple",
        "variant": "rotating",
        "scene": "forest",
        "summary": "液压旋转抓木器、机械抓木器和甘蔗抓，用于原木、竹材、甘蔗和管材的装卸。",
        "description": """
<p>科德抓木器广泛用于林场、木材加工厂、港口码头和糖厂。抓齿采用高强度耐磨钢整体切割成型，齿尖加焊耐磨层；液压旋转型配有重载回转支承和液压马达，可在空中任意调整木材方向，装车码垛又快又整齐。</p>
<ul>
<li>弧形抓齿交错布置，抓得多、夹得稳，细小木材不漏料</li>
<li>回转马达带制动阀，停转位置准确、不溜转</li>
<li>油缸内置液压锁，意外失压时夹持物不掉落</li>
<li>可配快换接口，与挖斗共用一台挖掘机</li>
</ul>
""",
        "spec_fields": [
            ("最大开口", "mm", True),
            ("抓取面积", "m²", False),
            ("重量", "kg", False),
            ("旋转角度", "°", False),
        ],
        "children": [
            {
                "slug": "log-grapples-rotating",
                "name": "液压旋转抓木器",
                "name_en": "Rotating log grapples",
                "variant": "rotating",
                "summary": "液压马达驱动360°回转，适合原木装车、归堆和港口装卸。",
                "features": [
                    "360°连续回转，装车时无需频繁调整挖掘机位置",
                    "双油缸驱动两侧抓齿，夹紧力大",
                    "回转支承密封防尘，适合泥泞和多尘环境",
                ],
            },
            {
                "slug": "log-grapples-mechanical",
                "name": "机械式抓木器",
                "name_en": "Mechanical grapples",
                "variant": "mechanical",
                "summary": "借用挖掘机铲斗油缸驱动，无需加装液压管路，经济实用。",
                "features": [
                    "利用原机铲斗油缸开合，无需额外液压管路",
                    "结构简单、故障少，维护成本低",
                    "安装、拆卸只需更换两根销轴",
                ],
            },
            {
                "slug": "log-grapples-sugarcane",
                "name": "甘蔗抓",
                "name_en": "Sugarcane grapples",
                "variant": "sugarcane",
                "summary": "多齿细密排列，专为甘蔗、秸秆和芦苇等长条散料装卸设计。",
                "features": [
                    "多根细齿交错排列，甘蔗等细长物料不漏抓",
                    "抓取面积大，装车效率是人工的20倍以上",
                    "齿尖圆滑，减少对蔗茎的损伤",
                ],
            },
        ],
    },
    {
        "slug": "grabs",
        "name": "抓钳器",
        "name_en": "Demolition & sorting grabs",
        "kind": "grab",
        "variant": "sorting",
        "scene": "scrap",
        "summary": "拆除分拣抓、多瓣废钢抓和液压夹钳，用于拆除物分拣、废钢装卸和石块码放。",
        "description": """
<p>抓钳器让挖掘机像手一样“抓、拣、放”。科德抓钳器用于建筑拆除后的物料分拣、垃圾分选、废钢装卸和护坡石块码放，钳口采用耐磨钢板，齿板可更换；旋转型配液压马达与回转支承，动作灵活。</p>
<ul>
<li>双油缸或多油缸驱动，夹持力大，抓取重物不松脱</li>
<li>钳口与齿板采用NM400耐磨钢，可更换</li>
<li>回转型可360°转动，精准放置物料</li>
<li>油路内置液压锁与溢流保护</li>
</ul>
""",
        "spec_fields": [
            ("最大开口", "mm", True),
            ("闭合力", "kN", False),
            ("重量", "kg", False),
            ("旋转角度", "°", False),
            ("工作压力", "bar", False),
        ],
        "children": [
            {
                "slug": "grabs-sorting",
                "name": "拆除分拣抓",
                "name_en": "Sorting grabs",
                "variant": "sorting",
                "summary": "铲形钳口带齿板，用于拆除物分拣、垃圾分选和轻型拆除。",
                "features": [
                    "铲形钳口既能抓取也能推铲，一钳多用",
                    "两侧钳口同步开合，抓取细小物料不漏",
                    "可选配刀片，兼作轻型剪切",
                ],
            },
            {
                "slug": "grabs-orange-peel",
                "name": "多瓣抓",
                "name_en": "Orange-peel grabs",
                "variant": "orange-peel",
                "summary": "五瓣抓斗式结构，用于废钢、生活垃圾和散料的抓取装卸。",
                "features": [
                    "五瓣独立油缸驱动，抓取不规则物料更贴合",
                    "瓣尖采用耐磨钢齿尖，可单独更换",
                    "油缸与油管内置于瓣体之间，免受撞击",
                ],
            },
            {
                "slug": "grabs-thumb",
                "name": "液压夹钳",
                "name_en": "Hydraulic thumbs",
                "variant": "thumb",
                "summary": "安装在小臂下方，与挖斗配合夹持石块、树根和管材，无需更换属具。",
                "features": [
                    "与原机挖斗配合使用，夹取与挖掘随时切换",
                    "油缸行程与斗齿轨迹匹配，全行程可靠夹持",
                    "不用时可收回贴靠小臂，不影响正常挖掘",
                ],
            },
        ],
    },
    {
        "slug": "quick-couplers",
        "name": "快换装置",
        "name_en": "Quick couplers",
        "kind": "coupler",
        "variant": "hydraulic",
        "scene": "earthworks",
        "summary": "机械、液压和倾斜快换装置，让驾驶员在几十秒内更换挖斗、破碎锤等属具。",
        "description": """
<p>快换装置（快速连接器）安装在挖掘机小臂与属具之间，不拆销轴即可更换挖斗、破碎锤、振动锤等属具，把更换时间从半小时缩短到一分钟以内。科德快换按欧洲安全标准设计，液压型配双重安全锁，即使液压管路失压，属具也不会脱落。</p>
<ul>
<li>液压油缸锁紧加机械安全锁双重保护</li>
<li>驾驶室内开关控制，带声光报警提示</li>
<li>主体采用高强度合金钢，整体热处理，抗冲击</li>
<li>可按原机销轴尺寸定制，无需改动属具</li>
</ul>
""",
        "spec_fields": [
            ("销轴直径", "mm", True),
            ("销轴中心距", "mm", False),
            ("重量", "kg", False),
            ("锁紧方式", "", False),
        ],
        "children": [
            {
                "slug": "couplers-mechanical",
                "name": "机械快换",
                "name_en": "Mechanical couplers",
                "variant": "mechanical",
                "summary": "螺杆手动锁紧，结构简单、价格经济，适合小型挖掘机。",
                "features": [
                    "螺杆锁紧，无需液压管路",
                    "结构简单，几乎免维护",
                    "价格经济，适合属具更换不频繁的用户",
                ],
            },
            {
                "slug": "couplers-hydraulic",
                "name": "液压快换",
                "name_en": "Hydraulic couplers",
                "variant": "hydraulic",
                "summary": "驾驶室内一键更换属具，配双重安全锁，适合频繁换装的工况。",
                "features": [
                    "驾驶室内电磁阀控制，更换属具不用下车",
                    "油缸内置单向锁止阀，管路失压仍保持锁紧",
                    "机械安全销二次保护，符合欧洲安全标准",
                ],
            },
            {
                "slug": "couplers-tilt",
                "name": "倾斜快换",
                "name_en": "Tilt couplers",
                "variant": "tilt",
                "summary": "快换与倾斜功能一体，属具可左右倾斜±45°，修坡、挖沟更轻松。",
                "features": [
                    "双油缸驱动，属具可左右各倾斜45°",
                    "修坡、挖边沟无需反复移动挖掘机",
                    "倾斜油缸带平衡阀，任意角度可靠定位",
                ],
            },
        ],
    },
    {
        "slug": "rippers",
        "name": "松土器",
        "name_en": "Rippers",
        "kind": "ripper",
        "variant": "single",
        "scene": "quarry",
        "summary": "单齿、双齿和振动松土器，用于冻土、风化岩和硬土层的松动。",
        "description": """
<p>松土器把挖掘机的全部挖掘力集中在一个齿尖上，能轻松撕开挖斗难以切入的冻土、硬土、风化岩和旧路面。科德松土器齿板采用整块耐磨钢切割，不拼焊，齿尖可更换；振动松土器内置偏心振动机构，对中硬岩石的松动效率接近破碎锤，而噪音和油耗更低。</p>
<ul>
<li>整体耐磨钢齿板，弧线经过优化，入土角度好</li>
<li>齿尖与护板可更换，磨损后只换易损件</li>
<li>耳板加强设计，承受大挖掘力不变形</li>
<li>可与挖斗共用快换装置，松土、清渣交替进行</li>
</ul>
""",
        "spec_fields": [
            ("齿尖宽度", "mm", False),
            ("松土深度", "mm", True),
            ("板厚", "mm", False),
            ("重量", "kg", False),
        ],
        "children": [
            {
                "slug": "rippers-single",
                "name": "单齿松土器",
                "name_en": "Single-shank rippers",
                "variant": "single",
                "summary": "单个齿尖集中发力，入土能力最强，用于硬土、冻土和风化岩。",
                "features": [
                    "全部挖掘力集中在一个齿尖，穿透力强",
                    "齿板弧线与斗杆运动轨迹匹配，拉松省力",
                    "齿尖采用原厂同款岩石齿，配件易购",
                ],
            },
            {
                "slug": "rippers-twin",
                "name": "双齿松土器",
                "name_en": "Twin-shank rippers",
                "variant": "twin",
                "summary": "两个齿尖并排布置，一次松动面积更大，适合大面积硬土层。",
                "features": [
                    "双齿同时入土，单次松动宽度约为单齿的两倍",
                    "齿间距经过计算，避免夹石卡死",
                    "适合路基、场平等大面积松土作业",
                ],
            },
            {
                "slug": "rippers-vibratory",
                "name": "振动松土器",
                "name_en": "Vibratory rippers",
                "variant": "vibratory",
                "summary": "液压振动加挖掘力复合作业，松动中硬岩石效率高、噪音低。",
                "features": [
                    "偏心振动机构产生高频冲击，岩石沿层理裂开",
                    "噪音明显低于破碎锤，适合对噪音敏感的区域",
                    "可替代部分爆破作业，减少审批与安全风险",
                ],
            },
        ],
    },
]

# Each product: slug, category (a subcategory slug), name, model, carrier (t from, t to), specs (in the
# type's spec-field order), brands (slugs), summary, intro, features, uses; optionally featured, gallery
# (descriptions of extra images) and brochure (Latin lines for the generated PDF).
PRODUCTS = [
    # --- 大小臂 --------------------------------------------------------------------------------
    {
        "slug": "kd-lr13",
        "category": "booms-long-reach",
        "name": "两段式加长臂",
        "model": "KD-LR13",
        "carrier": ("12", "15"),
        "specs": ["13", "13.2", "9.6", "11.2", "0.3", "0.8"],
        "brands": "sany xcmg liugong kobelco hitachi komatsu",
        "summary": "为12–15吨挖掘机设计的13米加长臂，轻巧灵活，适合城镇河沟和池塘清淤。",
        "intro": "KD-LR13是科德加长臂系列中最轻的型号，适配12–15吨级挖掘机。13米的总长让小型挖掘机也能站在岸边完成5–6米宽沟渠的清淤，整机运输高度低，无需拆臂即可上路转场。",
        "features": ["整臂重量轻，对小吨位主机的回转和行走系统负担小"],
        "uses": "乡镇河沟、鱼塘和灌溉渠清淤，小型基坑开挖，绿化工程中的远距离挖掘。",
    },
    {
        "slug": "kd-lr18",
        "category": "booms-long-reach",
        "name": "两段式加长臂",
        "model": "KD-LR18",
        "carrier": ("20", "23"),
        "specs": ["18", "18.2", "14.0", "15.5", "0.5", "1.5"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu caterpillar",
        "summary": "20吨级挖掘机最常用的18米加长臂，作业半径18.2米，河道清淤和深基坑开挖的主力型号。",
        "intro": "KD-LR18是科德销量最大的加长臂，适配20–23吨级挖掘机。18米总长、14米挖深，能在不下河的情况下清除约30米宽河道的淤泥，也能在深基坑中分层取土，是市政、水利施工单位的常备设备。",
        "features": ["大臂根部与斗杆铰点加装耐磨衬套，长期作业间隙不变大", "标配0.5立方米清淤斗，可选配岩石斗和抓斗"],
        "uses": "河道、湖泊和鱼塘清淤，地铁与管廊深基坑开挖，堤防加固和远距离装车。",
        "featured": True,
        "gallery": ["KD-LR18加长臂整体侧视", "KD-LR18在河岸进行清淤作业"],
    },
    {
        "slug": "kd-lr22",
        "category": "booms-long-reach",
        "name": "大型两段式加长臂",
        "model": "KD-LR22",
        "carrier": ("30", "36"),
        "specs": ["22", "22.3", "17.5", "18.6", "0.7", "2.5"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany hyundai",
        "summary": "适配30–36吨挖掘机的22米加长臂，挖深17.5米，用于大型河道和深基坑工程。",
        "intro": "KD-LR22为大吨位挖掘机设计，22米总长配0.7立方米挖斗，兼顾作业半径和单斗产量。大臂采用双腹板加隔板结构，满载伸展状态下的下挠量控制在设计范围内，操作平稳。",
        "features": ["大臂内设多道隔板，抗扭刚度高", "随机提供2.5吨附加配重及安装方案"],
        "uses": "大型河道与航道疏浚、港口清淤、超深基坑开挖和尾矿库清理。",
    },
    {
        "slug": "kd-hr22",
        "category": "booms-demolition",
        "name": "三段式拆楼臂",
        "model": "KD-HR22",
        "carrier": ("30", "36"),
        "specs": ["22", "13.0", "5.5", "22.5", "0.5", "3.0"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "作业高度22.5米的三段式拆楼臂，适配30–36吨挖掘机，可拆除六层左右的建筑。",
        "intro": "KD-HR22由大臂、中间臂和小臂三段组成，作业高度22.5米，可配双缸液压剪或破碎锤，对六层左右的框架和砖混结构进行自上而下的拆除。拆除作业结束后可换回标准工作装置，一台主机两种用途。",
        "features": ["中间臂油缸带平衡阀，高空作业姿态稳定"],
        "uses": "多层住宅与厂房拆除、烟囱和水塔拆除、桥梁上部结构拆除。",
    },
    {
        "slug": "kd-hr28",
        "category": "booms-demolition",
        "name": "大型三段式拆楼臂",
        "model": "KD-HR28",
        "carrier": ("40", "50"),
        "specs": ["28", "15.5", "6.0", "28.5", "0.6", "4.0"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany",
        "summary": "作业高度28.5米，适配40–50吨挖掘机，可配液压剪对七至八层建筑进行逐层拆除。",
        "intro": "KD-HR28是科德作业高度最大的拆楼臂，适配40–50吨级挖掘机。28.5米作业高度可覆盖七至八层建筑，配合KD-DS系列双缸液压剪，能在噪音和粉尘受控的条件下完成城市中心的拆除任务。",
        "features": ["预留喷淋降尘水管接口，拆除时同步降尘", "小臂头部加装防护板，防止坠落物损伤油缸"],
        "uses": "城市更新中的高层框架拆除、工业厂房与筒仓拆除、应急抢险拆除。",
        "gallery": ["KD-HR28拆楼臂高空拆除作业"],
    },
    {
        "slug": "kd-ta07",
        "category": "booms-tunnel",
        "name": "隧道短臂",
        "model": "KD-TA07",
        "carrier": ("20", "25"),
        "specs": ["7", "7.6", "4.2", "6.0", "0.9", "0"],
        "brands": "sany xcmg liugong doosan kobelco komatsu",
        "summary": "适配20–25吨挖掘机的隧道短臂，作业高度仅6米，挖掘力更大，用于隧道出渣和找顶。",
        "intro": "KD-TA07通过缩短大臂、降低铰点高度，使20吨级挖掘机的最大作业高度降到6米，可在隧道、涵洞和地下车库等低矮空间内正常作业。短臂结构使挖掘力提高约25%，挖掘爆破后的石渣更有力。",
        "features": ["大臂截面加厚，适合配合破碎锤找顶、修边"],
        "uses": "公路和铁路隧道出渣、找顶修边，地下空间开挖，矿井巷道施工。",
    },
    # --- 挖掘机挖斗 ------------------------------------------------------------------------------
    {
        "slug": "ksb-0-3",
        "category": "buckets-standard",
        "name": "小型标准土方斗",
        "model": "KSB-0.3",
        "carrier": ("6", "8"),
        "specs": ["0.3", "750", "260", "4"],
        "brands": "sany xcmg liugong kobelco doosan hyundai",
        "summary": "6–8吨小型挖掘机用0.3立方米标准斗，轻巧耐用，适合市政管沟和农田水利。",
        "intro": "KSB-0.3为6–8吨级小型挖掘机设计，斗宽750毫米，正好适合开挖常见的市政管沟。斗体轻、入土阻力小，在小型主机上也能保持较快的循环速度。",
        "features": ["斗宽与常用管沟宽度匹配，一次挖成"],
        "uses": "市政管网与电缆沟开挖、农田水利、园林绿化和小型土方。",
    },
    {
        "slug": "ksb-1-0",
        "category": "buckets-standard",
        "name": "标准土方斗",
        "model": "KSB-1.0",
        "carrier": ("20", "23"),
        "specs": ["1.0", "1250", "780", "5"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu caterpillar",
        "summary": "20吨级挖掘机通用1.0立方米土方斗，斗型优化、装满率高。",
        "intro": "KSB-1.0是20吨级挖掘机的通用挖斗，斗型经过装满率试验优化，在一般黏土和砂土中装满率可达110%以上。轻量化结构让每斗循环更快，长期使用更省油。",
        "features": ["斗底弧线与斗杆轨迹匹配，卸料干净不粘斗"],
        "uses": "一般土方开挖与装车、场地平整、道路路基和建筑基础施工。",
    },
    {
        "slug": "krb-1-2",
        "category": "buckets-rock",
        "name": "岩石斗",
        "model": "KRB-1.2",
        "carrier": ("20", "25"),
        "specs": ["1.2", "1300", "1050", "5"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu volvo",
        "summary": "20–25吨挖掘机用1.2立方米岩石斗，加厚底板与侧刃，适合碎石和土石混合料。",
        "intro": "KRB-1.2在标准斗基础上加厚底板、主刃板和侧板，并加装底部耐磨条与侧护齿，适合碎石、风化岩和爆破后的土石混合料装车，是采石场和土石方工地最常用的挖斗。",
        "features": ["底板加装4条耐磨条，磨损后可单独更换"],
        "uses": "采石场装车、土石方开挖、道路与场地的石方工程。",
    },
    {
        "slug": "krb-1-6",
        "category": "buckets-rock",
        "name": "重型岩石斗",
        "model": "KRB-1.6",
        "carrier": ("30", "36"),
        "specs": ["1.6", "1450", "1480", "5"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany hyundai",
        "summary": "30–36吨挖掘机用1.6立方米岩石斗，NM400耐磨钢斗体，适合矿山和采石场高强度装车。",
        "intro": "KRB-1.6专为30吨级挖掘机在矿山和采石场的高强度作业设计，斗体主要受力部位全部采用NM400耐磨钢，齿座为整体铸造，配重型岩石齿。在石灰石矿山的跟踪数据显示，其使用寿命约为普通挖斗的1.8倍。",
        "features": ["整体铸造齿座，配重型岩石齿和侧护齿", "斗口加强梁与耳板加强板一体设计"],
        "uses": "矿山与采石场装车、爆破石方挖掘、水利工程石料装运。",
        "featured": True,
        "gallery": ["KRB-1.6岩石斗斗齿与耐磨条细节", "KRB-1.6在采石场装车"],
    },
    {
        "slug": "khb-2-3",
        "category": "buckets-heavy",
        "name": "矿山加强斗",
        "model": "KHB-2.3",
        "carrier": ("40", "50"),
        "specs": ["2.3", "1650", "2150", "5"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany",
        "summary": "40–50吨挖掘机用2.3立方米矿山加强斗，关键部位堆焊耐磨网格，适合长时间高负荷作业。",
        "intro": "KHB-2.3面向大型矿山的连续作业工况。斗底和侧板在岩石斗的基础上加装耐磨块，并在主要磨损区堆焊耐磨网格，使磨损集中在可更换件上，保护斗体主结构。",
        "features": ["斗底耐磨块采用螺栓加焊接固定，更换快捷"],
        "uses": "金属矿、煤矿和大型采石场的剥离与装车。",
    },
    {
        "slug": "khb-4-0",
        "category": "buckets-heavy",
        "name": "超大型矿山斗",
        "model": "KHB-4.0",
        "carrier": ("65", "90"),
        "specs": ["4.0", "2000", "3600", "6"],
        "brands": "volvo doosan hitachi komatsu caterpillar sany xcmg",
        "summary": "65–90吨大型挖掘机用4.0立方米矿山斗，6齿布置，与60–100吨矿卡匹配装车。",
        "intro": "KHB-4.0为65–90吨级矿用挖掘机配套，4立方米斗容与60–100吨矿用自卸车匹配，3–5斗即可装满一车。斗体整体采用耐磨钢，关键焊缝经超声波探伤。",
        "features": ["6齿布置，切入力分布均匀", "吊装孔和运输支脚随斗配置，方便转运"],
        "uses": "大型露天矿剥离与装车、大型水利和港口石方工程。",
    },
    {
        "slug": "kcb-1-6",
        "category": "buckets-ditching",
        "name": "宽口清淤斗",
        "model": "KCB-1.6",
        "carrier": ("20", "25"),
        "specs": ["1.6", "2000", "820", "0"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu",
        "summary": "2米宽口平刃清淤斗，斗壁开排水孔，适合河道清淤、边坡修整和场地平整。",
        "intro": "KCB-1.6斗宽2米、平刃无齿，刮面平整，常与加长臂配合进行河道清淤和边坡修整。斗壁排水孔让淤泥中的水在提升过程中沥出，减少运输量。",
        "features": ["平刃刃板可上下翻转使用"],
        "uses": "河道、湖泊清淤，沟渠成型，边坡修整和场地平整。",
    },
    {
        "slug": "ktb-1-0",
        "category": "buckets-ditching",
        "name": "液压倾斜修坡斗",
        "model": "KTB-1.0",
        "carrier": ("18", "23"),
        "specs": ["1.0", "1800", "980", "0"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu volvo",
        "summary": "斗体可左右各倾斜45°，修坡、挖边沟不需要反复移动挖掘机。",
        "intro": "KTB-1.0在宽口修坡斗与连接座之间设置两只倾斜油缸，斗体可左右各倾斜45°。修整边坡和挖梯形边沟时，驾驶员只需调整斗体角度，不必频繁移动挖掘机。",
        "features": ["倾斜油缸带平衡阀，任意角度可靠停留"],
        "uses": "公路与铁路边坡修整、梯形边沟和渠道成型、园林地形整理。",
    },
    {
        "slug": "kgb-1-2",
        "category": "buckets-skeleton",
        "name": "格栅筛分斗",
        "model": "KGB-1.2",
        "carrier": ("20", "25"),
        "specs": ["1.2", "1400", "950", "5"],
        "brands": "sany xcmg liugong doosan kobelco hitachi",
        "summary": "格栅式斗体边挖边筛，分离泥土与石块，用于石料分选和拆除物料分拣。",
        "intro": "KGB-1.2把斗底和侧板做成格栅，挖起物料后轻轻抖动即可把泥土和细料筛出，留下石块。格栅间距可按用户物料粒径定制，常用80毫米。",
        "features": ["格栅间距可定制，常用60–120毫米"],
        "uses": "河卵石与片石分选、拆除物料分拣、树根和杂物清理。",
    },
    # --- 振动锤 ----------------------------------------------------------------------------------
    {
        "slug": "kd-vh180",
        "category": "vibro-standard",
        "name": "小型液压振动锤",
        "model": "KD-VH180",
        "carrier": ("12", "18"),
        "specs": ["316", "3.2", "3000", "9", "1350"],
        "brands": "sany xcmg liugong kobelco doosan hyundai",
        "summary": "适配12–18吨挖掘机，用于9米以内钢板桩和小型钢管桩的打拔。",
        "intro": "KD-VH180为中小型挖掘机配套，激振力316千牛，可打拔9米以内的拉森钢板桩和小直径钢管桩，适合市政管沟支护和小型围堰工程。",
        "features": ["整机重量1.35吨，小吨位主机也能稳定作业"],
        "uses": "市政管沟钢板桩支护、小型基坑围护、农田水利与小型围堰。",
    },
    {
        "slug": "kd-vh350",
        "category": "vibro-standard",
        "name": "液压振动锤",
        "model": "KD-VH350",
        "carrier": ("30", "36"),
        "specs": ["559", "6.5", "2800", "15", "2650"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany",
        "summary": "适配30–36吨挖掘机，激振力559千牛，可打拔15米钢板桩和H型钢。",
        "intro": "KD-VH350是科德标准型振动锤中的主力型号，激振力559千牛，配合30吨级挖掘机可打拔15米长的拉森钢板桩和H型钢，在砂土和软黏土地层中沉桩速度快。",
        "features": ["夹钳开口可调，拉森桩、H型钢、钢管桩通用"],
        "uses": "基坑围护钢板桩、河道围堰、桥梁承台围堰和H型钢支护的打拔。",
    },
    {
        "slug": "kd-vh450",
        "category": "vibro-standard",
        "name": "大型液压振动锤",
        "model": "KD-VH450",
        "carrier": ("40", "50"),
        "specs": ["667", "9.0", "2600", "18", "3400"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "适配40–50吨挖掘机，激振力667千牛，用于18米长桩和密实地层的打拔。",
        "intro": "KD-VH450为大吨位挖掘机设计，偏心力矩9.0千克·米，在密实砂层和含砾石地层中仍能保持稳定的沉桩速度，可打拔18米长的钢板桩和钢管桩。",
        "features": ["双夹钳可选，夹持大直径钢管桩更稳"],
        "uses": "深基坑支护、港口码头与航道围堰、桥梁深水基础围堰。",
    },
    {
        "slug": "kd-vh250",
        "category": "vibro-side-grip",
        "name": "侧夹回转式振动锤",
        "model": "KD-VH250",
        "carrier": ("20", "26"),
        "specs": ["454", "4.6", "3000", "12", "1900"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu",
        "summary": "侧夹回转结构，单机可从地面取桩、扶正并打入，光伏电站桩基施工的高效设备。",
        "intro": "KD-VH250在标准振动锤的基础上增加侧夹钳和回转机构：夹钳可从地面直接抓取平放的光伏桩，回转扶正后打入，全程无需吊车和辅助人员。在湖北某农光互补电站，单机日均打桩约180根。",
        "features": ["侧夹、回转、振动三种动作由一套先导手柄控制", "配光伏C型钢专用夹块，夹持不变形"],
        "uses": "光伏电站和风电场桩基、护栏立柱与围挡桩、6–12米钢板桩施工。",
        "featured": True,
        "gallery": ["KD-VH250侧夹回转机构", "KD-VH250在光伏电站打桩"],
    },
    {
        "slug": "kd-vh200s",
        "category": "vibro-side-grip",
        "name": "侧夹式振动锤",
        "model": "KD-VH200S",
        "carrier": ("18", "23"),
        "specs": ["395", "4.0", "3000", "9", "1750"],
        "brands": "sany xcmg liugong kobelco komatsu",
        "summary": "适配18–23吨挖掘机的侧夹式振动锤，用于光伏桩、护栏桩等短桩的快速施工。",
        "intro": "KD-VH200S是侧夹式振动锤的经济型号，取消了回转机构，保留侧夹取桩功能，整机更轻，适合以短桩为主、桩位规整的光伏和护栏工程。",
        "features": ["结构简化，重量和价格均低于回转型"],
        "uses": "光伏支架桩、高速公路护栏立柱、果园与大棚钢桩施工。",
    },
    # --- 液压剪 ----------------------------------------------------------------------------------
    {
        "slug": "kd-ds220",
        "category": "shears-demolition",
        "name": "双油缸液压剪",
        "model": "KD-DS220",
        "carrier": ("12", "18"),
        "specs": ["650", "90", "1150", "360", "300"],
        "brands": "sany xcmg liugong kobelco doosan hyundai",
        "summary": "适配12–18吨挖掘机的双缸液压剪，用于砖混结构、围墙和小型构筑物拆除。",
        "intro": "KD-DS220是双缸液压剪中的轻型号，开口650毫米，可咬合常见的圈梁、构造柱和围墙，适合城中村改造和室内拆除等空间受限的场合。",
        "features": ["整机重量1.15吨，适合中小型主机"],
        "uses": "砖混房屋与围墙拆除、室内结构拆改、小型桥涵拆除。",
    },
    {
        "slug": "kd-ds350",
        "category": "shears-demolition",
        "name": "双油缸液压剪",
        "model": "KD-DS350",
        "carrier": ("20", "30"),
        "specs": ["850", "150", "2300", "360", "320"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu volvo caterpillar",
        "summary": "20–30吨挖掘机用双缸液压剪，开口850毫米、剪切力150吨，框架结构拆除的主力型号。",
        "intro": "KD-DS350以两只大缸径油缸驱动左右钳口，最大开口850毫米、剪切力150吨，可直接咬断框架梁柱并剪断其中的钢筋。配合KD-HR系列拆楼臂，可完成七至八层框架结构的高空拆除。",
        "features": ["钳口前端破碎齿与根部剪切刀组合，一剪两用", "集成速度阀，空载合拢时间约2.5秒"],
        "uses": "框架结构建筑拆除、桥梁与高架拆除、工业厂房和钢筋混凝土构筑物拆除。",
        "featured": True,
        "gallery": ["KD-DS350钳口与剪切刀片"],
    },
    {
        "slug": "kd-ds450",
        "category": "shears-demolition",
        "name": "重型双油缸液压剪",
        "model": "KD-DS450",
        "carrier": ("30", "45"),
        "specs": ["1000", "200", "3200", "360", "350"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "开口1000毫米、剪切力200吨，用于大截面梁柱、桥墩和工业构筑物的拆除。",
        "intro": "KD-DS450是科德剪切力最大的拆除剪，适配30–45吨级挖掘机。1米开口可以咬合大截面的梁柱和剪力墙，常用于桥梁、烟囱和大型工业厂房的拆除。",
        "features": ["钳体关键部位加装耐磨板，延长大修周期"],
        "uses": "桥梁与高架桥拆除、大型厂房与筒仓拆除、核心筒剪力墙破拆。",
    },
    {
        "slug": "kd-pc300",
        "category": "shears-pulverizer",
        "name": "液压粉碎钳",
        "model": "KD-PC300",
        "carrier": ("20", "30"),
        "specs": ["780", "110", "2050", "360", "320"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu",
        "summary": "齿形宽口钳，把混凝土粉碎并剥离钢筋，拆除与再生骨料分选两用。",
        "intro": "KD-PC300的钳口内布满破碎齿，可把楼板、墙体和混凝土块粉碎成小块，同时由根部刀片切断钢筋，让钢筋与混凝土分离，便于分类回收和再生骨料利用。",
        "features": ["破碎齿板用螺栓固定，磨损后可单独更换"],
        "uses": "建筑拆除后的二次破碎、钢筋与混凝土分离、再生骨料生产前的预处理。",
    },
    {
        "slug": "kd-es260",
        "category": "shears-scrap",
        "name": "鹰嘴废钢剪",
        "model": "KD-ES260",
        "carrier": ("20", "28"),
        "specs": ["420", "280", "2100", "360", "320"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu volvo",
        "summary": "20–28吨挖掘机用鹰嘴剪，剪切型钢、钢管和报废车架，用于废钢回收和钢结构拆除。",
        "intro": "KD-ES260的上颚呈鹰嘴形，尖端先刺穿板材再由刀口剪断，剪切效率高。刀片采用高铬合金钢，主刀片可四面翻转使用，在废钢处理场和钢结构拆除现场都能长期稳定工作。",
        "features": ["上下刀片间隙可通过垫片调整，剪口整齐"],
        "uses": "废钢回收与切割、报废汽车与船舶拆解、钢结构厂房拆除。",
    },
    {
        "slug": "kd-es400",
        "category": "shears-scrap",
        "name": "重型鹰嘴废钢剪",
        "model": "KD-ES400",
        "carrier": ("30", "45"),
        "specs": ["560", "420", "3600", "360", "350"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "剪切力420吨，可剪断H型钢、重型钢管和钢结构梁柱，用于大型废钢基地。",
        "intro": "KD-ES400适配30–45吨级挖掘机，剪切力420吨，可一次剪断H400型钢和壁厚较大的钢管。在江苏某再生资源基地，它与多瓣抓配合，承担了厂区大部分重型废钢的剪切任务。",
        "features": ["主油缸带再生油路，剪切循环更快", "刀座可整体更换，大修时间短"],
        "uses": "大型废钢加工基地、钢结构与桥梁拆除、船舶拆解。",
        "gallery": ["KD-ES400在废钢基地剪切型钢"],
    },
    # --- 破碎锤 ----------------------------------------------------------------------------------
    {
        "slug": "kd-45s",
        "category": "breakers-side",
        "name": "小型侧置式破碎锤",
        "model": "KD-45S",
        "carrier": ("1.2", "3"),
        "specs": ["100", "20–40", "90–120", "700–1200", "45"],
        "brands": "sany xcmg liugong kobelco hyundai",
        "summary": "适配1.2–3吨微型挖掘机，用于室内、管沟和庭院的小型破碎作业。",
        "intro": "KD-45S是科德最小的破碎锤，工作重量仅100公斤，配合微型挖掘机即可完成室内地坪、管沟和庭院的破碎作业，冲击频率高，适合薄层混凝土和砖石。",
        "features": ["重量轻，可配小型挖掘机和滑移装载机"],
        "uses": "室内地坪和楼板开洞、市政管沟破碎、庭院与园林施工。",
    },
    {
        "slug": "kd-68s",
        "category": "breakers-side",
        "name": "侧置式液压破碎锤",
        "model": "KD-68S",
        "carrier": ("4", "7"),
        "specs": ["270", "40–70", "110–140", "500–900", "68"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu",
        "summary": "4–7吨挖掘机用侧置式破碎锤，钎杆直径68毫米，市政与农村道路施工的常用型号。",
        "intro": "KD-68S适配4–7吨级小型挖掘机，侧挂式支架使整机高度低、视野好。活塞与缸体经渗碳淬火和精密研磨，冲击频率最高可达900次/分钟，破碎路面和小块岩石效率高。",
        "features": ["钎杆直径68毫米，可选尖钎、扁钎和钝钎", "随机附带充氮工具和常用密封件"],
        "uses": "城市道路与人行道破碎、农村道路改造、管沟开挖中的岩层破碎。",
        "featured": True,
        "gallery": ["KD-68S侧置式支架与锤体"],
        "brochure": [
            "Side-type hydraulic breaker",
            "Carrier weight: 4-7 t",
            "Operating weight: 270 kg",
            "Oil flow: 40-70 L/min",
            "Working pressure: 110-140 bar",
            "Impact rate: 500-900 bpm",
            "Chisel diameter: 68 mm",
        ],
    },
    {
        "slug": "kd-100s",
        "category": "breakers-side",
        "name": "中型侧置式破碎锤",
        "model": "KD-100S",
        "carrier": ("10", "15"),
        "specs": ["760", "80–110", "150–170", "350–700", "100"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu hyundai",
        "summary": "10–15吨挖掘机用侧置式破碎锤，钎杆直径100毫米，兼顾沟槽破碎与一般岩石破碎。",
        "intro": "KD-100S适配10–15吨级挖掘机，侧置式结构紧凑，特别适合在沟槽中沿侧壁破碎。钎杆直径100毫米，对中等硬度岩石和钢筋混凝土都有良好的破碎效果。",
        "features": ["侧板采用耐磨钢，沟槽作业时耐刮擦"],
        "uses": "管沟与基槽岩层破碎、钢筋混凝土基础拆除、小型采石。",
    },
    {
        "slug": "kd-75t",
        "category": "breakers-top",
        "name": "直立式液压破碎锤",
        "model": "KD-75T",
        "carrier": ("6", "9"),
        "specs": ["320", "50–90", "120–150", "400–800", "75"],
        "brands": "sany xcmg liugong kobelco doosan hyundai",
        "summary": "6–9吨挖掘机用直立式破碎锤，冲击力传递直接，适合向下垂直破碎。",
        "intro": "KD-75T的锤体与小臂成一直线，冲击力沿钎杆直线传递、能量损失小，便于对准破碎点向下打击，适合小型工地的岩石破碎和基础拆除。",
        "features": ["顶部连接座可按主机定制"],
        "uses": "小型岩石开挖、建筑基础与路面拆除、农村道路和水利施工。",
    },
    {
        "slug": "kd-135t",
        "category": "breakers-top",
        "name": "直立式液压破碎锤",
        "model": "KD-135T",
        "carrier": ("18", "26"),
        "specs": ["1550", "120–180", "160–180", "350–600", "135"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu caterpillar",
        "summary": "20吨级挖掘机用直立式破碎锤，钎杆直径135毫米，用于岩石开挖和二次破碎。",
        "intro": "KD-135T是20吨级挖掘机的标准配置，冲击能量足、频率适中，能胜任石方开挖、二次破碎和钢筋混凝土拆除等多种工况，是施工单位保有量最大的型号之一。",
        "features": ["大直径活塞与长行程设计，单次冲击能量大", "锤体侧板可拆，更换衬套方便"],
        "uses": "石方开挖与二次破碎、钢筋混凝土结构拆除、隧道找顶与修边。",
        "gallery": ["KD-135T在石方工地破碎岩石"],
    },
    {
        "slug": "kd-155t",
        "category": "breakers-top",
        "name": "重型直立式破碎锤",
        "model": "KD-155T",
        "carrier": ("28", "35"),
        "specs": ["2450", "175–220", "160–180", "300–450", "155"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany",
        "summary": "28–35吨挖掘机用重型破碎锤，钎杆直径155毫米，适合矿山开采和大块二次破碎。",
        "intro": "KD-155T适配28–35吨级挖掘机，是矿山和采石场二次破碎的主力。西南某石灰石矿山用其替换原有设备后，平均无故障工作时间提高约40%，钎杆和衬套消耗明显下降。",
        "features": ["缸体采用整体锻造合金钢，抗疲劳性能好"],
        "uses": "矿山二次破碎、采石场开采、大型石方与基岩开挖。",
    },
    {
        "slug": "kdb-100",
        "category": "breakers-box",
        "name": "箱式静音破碎锤",
        "model": "KDB-100",
        "carrier": ("10", "15"),
        "specs": ["980", "80–110", "150–170", "350–700", "100"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu",
        "summary": "10–15吨挖掘机用箱式静音破碎锤，全封闭外壳，适合城区和夜间施工。",
        "intro": "KDB-100把锤芯装在全封闭箱体内，箱体与锤芯之间设有减振块和吸音材料，噪音比同规格开放式破碎锤低约10分贝，适合城区道路改造和对噪音有要求的工地。",
        "features": ["箱体顶部与侧面设吊装孔，拆装方便"],
        "uses": "城区道路与管网改造、医院学校周边施工、室内外混凝土拆除。",
    },
    {
        "slug": "kdb-140",
        "category": "breakers-box",
        "name": "三角形静音破碎锤",
        "model": "KDB-140",
        "carrier": ("20", "30"),
        "specs": ["1950", "125–180", "160–180", "350–500", "140"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu volvo",
        "summary": "20–30吨挖掘机用三角形箱式静音破碎锤，低噪音、低振动，城市施工与矿山两用。",
        "intro": "KDB-140采用三角形箱体，前窄后宽，既便于观察破碎点，又把锤芯完整包裹起来。内置减振系统显著减少了传到小臂的冲击，驾驶员长时间作业也不易疲劳。",
        "features": ["三角形箱体视野好，对准破碎点快", "出厂前100%在测试台上完成冲击性能试验"],
        "uses": "城市拆除与道路改造、隧道和地铁施工、矿山二次破碎。",
        "featured": True,
        "gallery": ["KDB-140三角形箱体", "KDB-140出厂性能测试"],
        "brochure": [
            "Box-type silenced hydraulic breaker",
            "Carrier weight: 20-30 t",
            "Operating weight: 1950 kg",
            "Oil flow: 125-180 L/min",
            "Working pressure: 160-180 bar",
            "Impact rate: 350-500 bpm",
            "Chisel diameter: 140 mm",
        ],
    },
    {
        "slug": "kdb-165",
        "category": "breakers-box",
        "name": "大型箱式静音破碎锤",
        "model": "KDB-165",
        "carrier": ("30", "45"),
        "specs": ["3050", "190–250", "160–180", "250–400", "165"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "30–45吨挖掘机用大型箱式破碎锤，钎杆直径165毫米，用于大块岩石和硬岩开采。",
        "intro": "KDB-165是科德箱式破碎锤中最大的型号，单次冲击能量大，适合花岗岩等硬岩的开采和大块二次破碎。封闭箱体保护锤芯不受飞石撞击，在矿山恶劣环境下寿命更长。",
        "features": ["防空打保护，减少钎杆断裂和缸体拉伤"],
        "uses": "硬岩矿山开采、大型石方工程、大体积钢筋混凝土基础拆除。",
    },
    # --- 抓木器 ----------------------------------------------------------------------------------
    {
        "slug": "kd-lg06",
        "category": "log-grapples-rotating",
        "name": "小型液压旋转抓木器",
        "model": "KD-LG06",
        "carrier": ("5", "8"),
        "specs": ["1350", "0.35", "380", "360"],
        "brands": "sany xcmg liugong kobelco hyundai",
        "summary": "5–8吨挖掘机用旋转抓木器，用于木材加工厂、竹材和管材的装卸。",
        "intro": "KD-LG06为小型挖掘机配套，360°回转，抓取灵活，常用于木材加工厂原料场、竹木市场和管材堆场的倒运与装车。",
        "features": ["回转马达带制动阀，停转位置准确"],
        "uses": "木材加工厂原料倒运、竹材与管材装卸、园林树木移栽。",
    },
    {
        "slug": "kd-lg20",
        "category": "log-grapples-rotating",
        "name": "液压旋转抓木器",
        "model": "KD-LG20",
        "carrier": ("18", "25"),
        "specs": ["2000", "0.9", "1250", "360"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu volvo",
        "summary": "20吨级挖掘机用旋转抓木器，开口2米，林场原木归堆与装车的高效设备。",
        "intro": "KD-LG20开口2米、抓取面积0.9平方米，一次可抓起多根原木。配合快换装置，同一台挖掘机可在挖斗与抓木器之间快速切换，雨季泥泞条件下依然能保持稳定的装车效率。",
        "features": ["抓齿交错布置，细小木材不漏抓", "回转支承密封防尘，适合泥泞环境"],
        "uses": "林场原木归堆与装车、港口木材装卸、造纸厂和人造板厂原料场。",
        "gallery": ["KD-LG20在林场装车"],
    },
    {
        "slug": "kd-lg30",
        "category": "log-grapples-rotating",
        "name": "大型液压旋转抓木器",
        "model": "KD-LG30",
        "carrier": ("28", "36"),
        "specs": ["2350", "1.3", "1850", "360"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "30吨级挖掘机用大型抓木器，抓取面积1.3平方米，用于港口和大型木材堆场。",
        "intro": "KD-LG30为大型挖掘机配套，开口2.35米，适合港口码头进口原木的卸船、归堆和装车，抓取量大，装车速度快。",
        "features": ["加强型回转支承，承受大偏载不变形"],
        "uses": "港口进口原木装卸、大型木材堆场、生物质电厂燃料场。",
    },
    {
        "slug": "kd-mg20",
        "category": "log-grapples-mechanical",
        "name": "机械式抓木器",
        "model": "KD-MG20",
        "carrier": ("18", "23"),
        "specs": ["1800", "0.8", "860", "0"],
        "brands": "sany xcmg liugong doosan kobelco komatsu",
        "summary": "借用铲斗油缸驱动，无需加装管路，价格经济，适合短期或低频的木材装卸。",
        "intro": "KD-MG20由挖掘机原有的铲斗油缸驱动开合，不需要加装液压管路和控制阀，安装时只需更换两根销轴，适合季节性或低频次的木材、竹材装卸。",
        "features": ["无回转机构，结构简单、几乎免维护"],
        "uses": "季节性木材装卸、竹材收购站、小型木材加工厂。",
    },
    {
        "slug": "kd-cg20",
        "category": "log-grapples-sugarcane",
        "name": "甘蔗抓",
        "model": "KD-CG20",
        "carrier": ("18", "23"),
        "specs": ["2200", "1.2", "1150", "360"],
        "brands": "sany xcmg liugong kobelco doosan",
        "summary": "多齿细密排列的甘蔗抓，用于糖厂和蔗区的甘蔗装卸，也可抓取秸秆和芦苇。",
        "intro": "KD-CG20的四组细齿交错排列，一次能抓起一大捆甘蔗而不漏料，装车效率是人工的20倍以上。广西、云南蔗区的用户多用它在榨季完成蔗区收购点和糖厂的装卸。",
        "features": ["齿尖圆滑，减少对蔗茎的损伤"],
        "uses": "糖厂和蔗区收购点的甘蔗装卸、秸秆和芦苇等长条散料装卸。",
    },
    # --- 抓钳器 ----------------------------------------------------------------------------------
    {
        "slug": "kd-dg08",
        "category": "grabs-sorting",
        "name": "小型分拣抓钳",
        "model": "KD-DG08",
        "carrier": ("6", "10"),
        "specs": ["1100", "28", "420", "360", "200"],
        "brands": "sany xcmg liugong kobelco hyundai",
        "summary": "6–10吨挖掘机用旋转分拣抓，适合室内拆除、垃圾分选和园林石块摆放。",
        "intro": "KD-DG08体积小、动作灵活，可在室内拆除和狭窄场地中分拣木料、钢筋和杂物，也常用于园林景观石的抓取和摆放。",
        "features": ["360°回转，精准摆放景观石"],
        "uses": "室内拆除分拣、装修垃圾分选、园林景观石摆放。",
    },
    {
        "slug": "kd-dg20",
        "category": "grabs-sorting",
        "name": "拆除分拣抓",
        "model": "KD-DG20",
        "carrier": ("18", "25"),
        "specs": ["1650", "45", "1280", "360", "250"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu volvo",
        "summary": "20吨级挖掘机用拆除分拣抓，在拆除现场分拣木料、钢材和混凝土块。",
        "intro": "KD-DG20在拆除现场与液压剪配合使用：液压剪负责拆，分拣抓负责把木料、钢筋、塑料和混凝土块分门别类地装车，提高建筑垃圾的资源化利用率。",
        "features": ["铲形钳口带齿板，抓取和推铲两用"],
        "uses": "建筑拆除后的物料分拣、建筑垃圾资源化处理、轻型拆除。",
    },
    {
        "slug": "kd-op20",
        "category": "grabs-orange-peel",
        "name": "五瓣液压抓",
        "model": "KD-OP20",
        "carrier": ("20", "25"),
        "specs": ["1800", "55", "1500", "360", "250"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu",
        "summary": "20–25吨挖掘机用五瓣抓，用于废钢、生活垃圾和散料的抓取装卸。",
        "intro": "KD-OP20的五个抓瓣各由一只油缸驱动，能贴合不规则物料的形状，抓取废钢、打包块和生活垃圾时满抓率高、不易滑落。",
        "features": ["五瓣独立油缸，抓取不规则物料更贴合"],
        "uses": "废钢场装卸、垃圾焚烧厂与转运站、港口散料装卸。",
    },
    {
        "slug": "kd-op30",
        "category": "grabs-orange-peel",
        "name": "重型五瓣液压抓",
        "model": "KD-OP30",
        "carrier": ("30", "36"),
        "specs": ["2200", "70", "2100", "360", "280"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "30吨级挖掘机用重型五瓣抓，抓取量大，适合大型废钢基地的装车和喂料。",
        "intro": "KD-OP30为大型废钢基地设计，抓瓣加厚并加装耐磨齿尖，能长时间抓取带尖角的重型废钢。在江苏某再生资源基地，它负责为剪切和打包设备喂料，并完成成品装车。",
        "features": ["油缸与油管内置于瓣体之间，免受撞击"],
        "uses": "大型废钢基地喂料与装车、钢厂废钢料场、船舶拆解场。",
    },
    {
        "slug": "kd-th20",
        "category": "grabs-thumb",
        "name": "液压夹钳",
        "model": "KD-TH20",
        "carrier": ("18", "25"),
        "specs": ["1100", "40", "520", "0", "250"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu caterpillar",
        "summary": "装在小臂下方与挖斗配合使用，夹持石块、树根和管材，不用更换属具。",
        "intro": "KD-TH20焊接或螺栓固定在小臂下方，由一只油缸驱动，与挖斗配合形成“手指”，可夹起石块、树根、管材和废料，夹取与挖掘随时切换，特别适合清表和护坡施工。",
        "features": ["不用时收回贴靠小臂，不影响正常挖掘"],
        "uses": "场地清表、树根清理、护坡石块码放、管材搬运。",
    },
    # --- 快换装置 --------------------------------------------------------------------------------
    {
        "slug": "kd-qm06",
        "category": "couplers-mechanical",
        "name": "机械快换",
        "model": "KD-QM06",
        "carrier": ("5", "8"),
        "specs": ["45", "300", "85", "螺杆锁紧"],
        "brands": "sany xcmg liugong kobelco hyundai",
        "summary": "5–8吨挖掘机用机械快换，螺杆锁紧，不需要液压管路，经济实用。",
        "intro": "KD-QM06用螺杆推动锁紧块，一把扳手即可完成属具更换，无需加装任何液压管路，适合属具更换不频繁的小型挖掘机用户。",
        "features": ["全机械结构，几乎免维护"],
        "uses": "小型挖掘机在挖斗、松土器和破碎锤之间的更换。",
    },
    {
        "slug": "kd-qh06",
        "category": "couplers-hydraulic",
        "name": "小型液压快换",
        "model": "KD-QH06",
        "carrier": ("5", "8"),
        "specs": ["45", "300", "95", "液压油缸＋机械安全销"],
        "brands": "sany xcmg liugong kobelco doosan hyundai",
        "summary": "5–8吨挖掘机用液压快换，驾驶室内一键更换属具，配机械安全销。",
        "intro": "KD-QH06让小型挖掘机也能在驾驶室内快速更换属具，市政施工中挖沟、破碎、回填三道工序只需一台主机，一分钟内完成切换。",
        "features": ["油缸内置单向锁止阀，失压仍保持锁紧"],
        "uses": "市政小型工程、园林施工、设备租赁公司的多属具配套。",
    },
    {
        "slug": "kd-qh20",
        "category": "couplers-hydraulic",
        "name": "液压快换",
        "model": "KD-QH20",
        "carrier": ("18", "25"),
        "specs": ["80", "460", "380", "液压油缸＋双重安全锁"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu volvo",
        "summary": "20吨级挖掘机用液压快换，双重安全锁，几十秒完成挖斗、破碎锤、振动锤的更换。",
        "intro": "KD-QH20是科德销量最大的快换装置，配液压油缸锁紧和机械安全锁双重保护，驾驶室内控制开关带声光报警。一台20吨级挖掘机配上它，就能在挖斗、破碎锤、振动锤和抓木器之间自由切换。",
        "features": ["前后钩开口经过优化，兼容多数原厂属具", "配套电磁阀、开关和管路，安装一次到位"],
        "uses": "光伏打桩与挖沟交替作业、林场挖斗与抓木器切换、土石方挖破交替。",
        "gallery": ["KD-QH20液压快换双重安全锁"],
    },
    {
        "slug": "kd-qh36",
        "category": "couplers-hydraulic",
        "name": "大型液压快换",
        "model": "KD-QH36",
        "carrier": ("30", "40"),
        "specs": ["100", "550", "620", "液压油缸＋双重安全锁"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "30–40吨挖掘机用液压快换，主体整体热处理，适合矿山和拆除等重载工况。",
        "intro": "KD-QH36为大吨位挖掘机设计，主体采用高强度合金钢整体热处理，承受破碎锤和液压剪的反复冲击不变形，适合矿山、拆除和大型土石方工地。",
        "features": ["锁紧块表面淬火，长期使用不松旷"],
        "uses": "矿山挖斗与破碎锤切换、拆除工地液压剪与抓钳切换。",
    },
    {
        "slug": "kd-tq20",
        "category": "couplers-tilt",
        "name": "倾斜快换",
        "model": "KD-TQ20",
        "carrier": ("18", "25"),
        "specs": ["80", "460", "560", "液压油缸＋双重安全锁"],
        "brands": "sany xcmg doosan kobelco hitachi komatsu volvo",
        "summary": "快换与±45°倾斜功能一体，任何挖斗都能变成倾斜斗，修坡挖沟更高效。",
        "intro": "KD-TQ20在液压快换的基础上增加了倾斜功能，属具可左右各倾斜45°。普通挖斗装上它就变成倾斜斗，修坡、挖边沟和管道铺设时不必频繁移动挖掘机。",
        "features": ["双倾斜油缸带平衡阀，任意角度可靠定位"],
        "uses": "道路边坡与边沟施工、管道铺设、园林地形整理。",
    },
    # --- 松土器 ----------------------------------------------------------------------------------
    {
        "slug": "kd-rp06",
        "category": "rippers-single",
        "name": "小型单齿松土器",
        "model": "KD-RP06",
        "carrier": ("5", "8"),
        "specs": ["90", "450", "30", "180"],
        "brands": "sany xcmg liugong kobelco hyundai",
        "summary": "5–8吨挖掘机用单齿松土器，松动硬土和冻土，为挖斗开挖做准备。",
        "intro": "KD-RP06把小型挖掘机的挖掘力集中在一个齿尖上，可轻松撕开挖斗难以切入的硬土层和冻土，常用于市政管沟和农田改造。",
        "features": ["齿板采用30毫米耐磨钢整体切割"],
        "uses": "硬土与冻土松动、农田改造、树根清除。",
    },
    {
        "slug": "kd-rp20",
        "category": "rippers-single",
        "name": "单齿松土器",
        "model": "KD-RP20",
        "carrier": ("18", "25"),
        "specs": ["120", "700", "60", "480"],
        "brands": "sany xcmg liugong doosan kobelco hitachi komatsu caterpillar",
        "summary": "20吨级挖掘机用单齿松土器，用于风化岩、硬土和旧路面的松动。",
        "intro": "KD-RP20的齿板由60毫米耐磨钢整块切割而成，弧线与斗杆运动轨迹匹配，在风化岩和旧路面中也能一次拉开700毫米深的沟槽，配合挖斗清渣，效率明显高于单用挖斗。",
        "features": ["齿尖为原厂同款岩石齿，配件易购"],
        "uses": "风化岩与硬土松动、旧路面翻松、冻土开挖。",
        "gallery": ["KD-RP20单齿松土器齿尖"],
    },
    {
        "slug": "kd-rp36",
        "category": "rippers-single",
        "name": "重型单齿松土器",
        "model": "KD-RP36",
        "carrier": ("30", "40"),
        "specs": ["150", "900", "80", "980"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar",
        "summary": "30–40吨挖掘机用重型松土器，齿板厚80毫米，用于中风化岩和矿山剥离。",
        "intro": "KD-RP36适配30–40吨级挖掘机，80毫米厚耐磨钢齿板承受大挖掘力不变形，可在部分工况下替代破碎锤和爆破，用于中风化岩开挖和矿山剥离。",
        "features": ["齿板背面加装耐磨护板，磨损后可更换"],
        "uses": "中风化岩开挖、矿山剥离、大型场平工程。",
    },
    {
        "slug": "kd-rt30",
        "category": "rippers-twin",
        "name": "双齿松土器",
        "model": "KD-RT30",
        "carrier": ("25", "33"),
        "specs": ["120", "650", "60", "820"],
        "brands": "volvo doosan kobelco hitachi komatsu sany",
        "summary": "双齿并排布置，一次松动面积大，适合路基、场平等大面积硬土层作业。",
        "intro": "KD-RT30有两个并排的齿尖，单次拉松宽度约为单齿的两倍，特别适合路基、场平等大面积硬土层和冻土的松动，配合挖斗清渣，整体效率显著提高。",
        "features": ["齿间距经过计算，避免夹石卡死"],
        "uses": "路基与场平工程、大面积冻土和硬土松动。",
    },
    {
        "slug": "kd-vr30",
        "category": "rippers-vibratory",
        "name": "振动松土器",
        "model": "KD-VR30",
        "carrier": ("25", "33"),
        "specs": ["130", "800", "60", "2600"],
        "brands": "volvo doosan kobelco hitachi komatsu caterpillar sany",
        "summary": "偏心振动加挖掘力复合作业，松动中硬岩石效率高、噪音低，可替代部分爆破。",
        "intro": "KD-VR30在松土齿上方集成偏心振动机构，高频冲击使岩石沿层理和裂隙裂开，再由挖掘力拉松。对中硬岩石的松动效率接近破碎锤，而噪音、振动和油耗都更低，适合禁止爆破的区域。",
        "features": ["振动机构采用重载轴承和强制润滑"],
        "uses": "禁爆区域的岩石开挖、隧道和基坑岩层松动、采石场剥离。",
    },
]

# Project cases. ``scene`` picks the generated photo; images: (description, scene).
CASES = [
    {
        "slug": "xiangjiang-river-dredging",
        "title": "湘江支流河道综合治理清淤工程",
        "location": "湖南衡阳",
        "date": "2024-04-18",
        "scene": "river",
        "summary": "4台配备KD-LR18加长臂的21吨挖掘机从两岸同时作业，日均清淤约1,200立方米，提前15天完工。",
        "body": """
<h2>项目概况</h2>
<p>该项目为湘江一条支流约6公里河段的综合治理工程，河道宽约30米，淤积厚度1.5–2.5米。业主要求在枯水期内完成清淤，且施工设备不得进入河床，以免破坏河底防渗层。</p>
<h2>施工难点</h2>
<ul>
<li>河道宽、淤泥含水率高，普通挖掘机站在岸边够不到河道中心</li>
<li>两岸为新建护坡，允许的设备停放位置有限</li>
<li>工期只有45天，必须保证连续高效作业</li>
</ul>
<h2>解决方案</h2>
<p>施工单位选用4台21吨级挖掘机，全部换装科德KD-LR18两段式加长臂，配KCB-1.6宽口清淤斗。18.2米的作业半径使两岸设备各负责半幅河道，无需下河即可覆盖整个断面；清淤斗的排水孔让淤泥在提升时沥出部分水分，减少了外运量。</p>
<h2>施工效果</h2>
<p>4台设备日均清淤约1,200立方米，比计划提前15天完成全部清淤任务。施工期间加长臂未出现结构问题，科德服务工程师每周到场巡检一次。</p>
""",
        "images": [("加长臂在河岸进行清淤作业", "river"), ("清淤后的河道断面", "earthworks")],
        "products": ["kd-lr18", "kcb-1-6"],
    },
    {
        "slug": "hubei-solar-piling",
        "title": "湖北荆门农光互补光伏电站桩基施工",
        "location": "湖北荆门",
        "date": "2024-09-06",
        "scene": "solar",
        "summary": "12台KD-VH250侧夹回转式振动锤单机取桩、扶正、打入，完成约4.8万根光伏C型钢桩施工。",
        "body": """
<h2>项目概况</h2>
<p>这是一座装机容量100兆瓦的农光互补光伏电站，场区为丘陵旱地，需打入光伏C型钢桩约4.8万根，桩长2.5–3.5米。电站下方仍需种植农作物，要求施工对土地扰动尽量小。</p>
<h2>施工难点</h2>
<ul>
<li>桩数多、工期紧，传统“吊车喂桩＋打桩机”模式设备多、人工多</li>
<li>桩位偏差要求严格，影响后续支架安装</li>
<li>场区地形起伏，大型打桩设备转场不便</li>
</ul>
<h2>解决方案</h2>
<p>科德为施工方配套12台KD-VH250侧夹回转式振动锤和KD-QH20液压快换。侧夹钳从地面直接抓取平放的桩，回转扶正后对准桩位打入，全程只需一名驾驶员和一名测量员配合；需要挖沟埋设电缆时，通过快换在一分钟内换上挖斗。</p>
<h2>施工效果</h2>
<p>单机日均打桩约180根，桩位偏差控制在设计范围内，全部桩基比计划提前20天完成。挖掘机小巧灵活，对农田的扰动明显小于履带式打桩机。</p>
""",
        "images": [
            ("KD-VH250从地面侧夹取桩", "solar"),
            ("已完成打桩的光伏阵列", "solar"),
            ("快换装置更换挖斗开挖电缆沟", "earthworks"),
        ],
        "products": ["kd-vh250", "kd-qh20"],
    },
    {
        "slug": "guangzhou-demolition",
        "title": "广州旧城改造框架楼拆除工程",
        "location": "广东广州",
        "date": "2025-03-12",
        "scene": "demolition",
        "summary": "KD-HR28三段式拆楼臂配KD-DS350双缸液压剪，逐层拆除7层框架结构，全程无扰民投诉。",
        "body": """
<h2>项目概况</h2>
<p>项目位于广州老城区的旧城改造地块，需要拆除3栋7层钢筋混凝土框架结构建筑，最近的居民楼距离拆除区域不足30米，对噪音、粉尘和安全防护的要求都很高。</p>
<h2>施工难点</h2>
<ul>
<li>楼高约23米，常规设备够不到顶层</li>
<li>周边居民密集，不能采用爆破，破碎锤噪音也难以接受</li>
<li>拆除物需现场分拣，钢筋和混凝土分别回收</li>
</ul>
<h2>解决方案</h2>
<p>施工方采用一台45吨级挖掘机配KD-HR28三段式拆楼臂和KD-DS350双缸液压剪，自上而下逐层剪切梁、板、柱；小臂头部的喷淋接口同步降尘。地面由一台20吨挖掘机配KD-DG20拆除分拣抓，把钢筋、木料和混凝土块分类装车。</p>
<h2>施工效果</h2>
<p>三栋楼在35天内拆除完毕，施工噪音基本控制在70分贝以下，全程未发生扰民投诉和安全事故，钢筋回收率超过95%。</p>
""",
        "images": [("拆楼臂配液压剪高空拆除", "demolition"), ("分拣抓在地面分拣钢筋与混凝土", "scrap")],
        "products": ["kd-hr28", "kd-ds350", "kd-dg20"],
    },
    {
        "slug": "yunnan-limestone-quarry",
        "title": "云南曲靖石灰石矿山二次破碎",
        "location": "云南曲靖",
        "date": "2023-11-20",
        "scene": "quarry",
        "summary": "改用KD-155T重型破碎锤后，平均无故障工作时间提高约40%，钎杆和衬套消耗明显下降。",
        "body": """
<h2>项目概况</h2>
<p>该石灰石矿山年产石料约300万吨，爆破后约有8%的大块需要二次破碎才能进入破碎站。矿方原使用的破碎锤故障频繁，经常影响整条生产线的节奏。</p>
<h2>施工难点</h2>
<ul>
<li>大块石料坚硬，对破碎锤的冲击能量和可靠性要求高</li>
<li>每天作业10小时以上，停机维修直接影响产量</li>
<li>装车挖斗磨损快，更换频繁</li>
</ul>
<h2>解决方案</h2>
<p>科德工程师现场测试后，为矿方推荐KD-155T重型直立式破碎锤，配30吨级挖掘机承担二次破碎；装车环节则换用KRB-1.6重型岩石斗。科德还在矿区设立了配件寄售点，钎杆、衬套和密封件随用随取。</p>
<h2>施工效果</h2>
<p>连续一年的跟踪统计显示，破碎锤平均无故障工作时间提高约40%，钎杆和衬套的消耗明显下降；KRB-1.6岩石斗的使用寿命约为原挖斗的1.8倍。</p>
""",
        "images": [("KD-155T破碎大块石灰石", "quarry")],
        "products": ["kd-155t", "krb-1-6"],
    },
    {
        "slug": "guangxi-eucalyptus-logging",
        "title": "广西崇左桉树林场原木装卸",
        "location": "广西崇左",
        "date": "2024-12-03",
        "scene": "forest",
        "summary": "KD-LG20抓木器配液压快换，与挖斗共用一台挖掘机，雨季泥泞工况下仍保持稳定装车效率。",
        "body": """
<h2>项目概况</h2>
<p>该林场经营桉树人工林约2万亩，采伐后的原木需要在集材点归堆，再装车运往人造板厂。林区道路经常需要挖掘机修整，设备既要装木材也要干土方。</p>
<h2>施工难点</h2>
<ul>
<li>雨季集材点泥泞，人工装车效率低、安全风险高</li>
<li>一台挖掘机要兼顾装木材和修路两项工作</li>
<li>原木长短粗细不一，装车要整齐、防止运输途中散落</li>
</ul>
<h2>解决方案</h2>
<p>林场为一台21吨挖掘机配置KD-LG20液压旋转抓木器和KD-QH20液压快换。装车时使用抓木器，360°回转让原木整齐码放；需要修路时在驾驶室内一分钟换上挖斗。</p>
<h2>施工效果</h2>
<p>单台设备每天可装运原木约250立方米，装车时间比人工装车缩短约80%，雨季也能正常作业。</p>
""",
        "images": [("抓木器将原木装车", "forest"), ("集材点归堆的桉树原木", "forest")],
        "products": ["kd-lg20", "kd-qh20"],
    },
    {
        "slug": "changzhou-scrap-recycling",
        "title": "江苏常州再生资源基地废钢加工",
        "location": "江苏常州",
        "date": "2025-06-25",
        "scene": "scrap",
        "summary": "KD-ES400鹰嘴剪负责重型废钢剪切，KD-OP30五瓣抓负责喂料与装车，替代了大部分火焰切割。",
        "body": """
<h2>项目概况</h2>
<p>该再生资源基地年处理废钢约40万吨，来料包括钢结构拆除件、报废设备和重型型钢。原来大量依靠火焰切割，效率低、烟尘大，安全隐患多。</p>
<h2>施工难点</h2>
<ul>
<li>重型型钢和厚壁钢管难以剪切，对设备剪切力要求高</li>
<li>来料形状不规则，抓取、喂料困难</li>
<li>环保要求提高，需要减少火焰切割的烟尘</li>
</ul>
<h2>解决方案</h2>
<p>基地配置两台36吨级挖掘机，一台配KD-ES400重型鹰嘴废钢剪，把长料剪成符合炉料要求的短料；另一台配KD-OP30五瓣抓，负责理料、喂料和成品装车。</p>
<h2>施工效果</h2>
<p>火焰切割量减少约70%，每天剪切处理量约400吨，现场烟尘明显减少。科德服务工程师按月到场检查刀片间隙并指导翻转刀片，刀片寿命达到预期。</p>
""",
        "images": [("KD-ES400剪切重型型钢", "scrap"), ("五瓣抓为剪切设备喂料", "scrap")],
        "products": ["kd-es400", "kd-op30"],
    },
]

# Product videos (embedded players). ``featured_on``: products that show this video on their page.
VIDEOS = [
    {
        "title": "KD-VH250侧夹振动锤光伏打桩实拍",
        "description": "湖北荆门光伏电站施工现场：KD-VH250从地面侧夹取桩、回转扶正、振动沉桩，一根3米光伏桩从取桩到打入不到1分钟。",
        "embed_url": "https://player.bilibili.com/player.html?bvid=BV1hK4y1s7Zq&autoplay=0",
        "scene": "solar",
        "poster_title": "KD-VH250  solar pile driving",
        "products": ["kd-vh250", "kd-vh200s"],
        "featured_on": ["kd-vh250"],
    },
    {
        "title": "KDB-140三角形静音破碎锤出厂性能测试",
        "description": "在科德液压属具综合测试台上，KDB-140完成冲击能量、冲击频率和密封性能试验，并与同规格开放式破碎锤对比现场噪音。",
        "embed_url": "https://player.bilibili.com/player.html?bvid=BV1Wv411C7Yk&autoplay=0",
        "scene": "factory",
        "poster_title": "KDB-140  factory test",
        "products": ["kdb-140", "kdb-100", "kdb-165"],
        "featured_on": ["kdb-140"],
    },
    {
        "title": "KD-LR18加长臂河道清淤作业",
        "description": "湘江支流河道治理工程现场：配备KD-LR18加长臂的21吨挖掘机站在岸边，作业半径18米，清除河道中心的淤泥。",
        "embed_url": "https://player.bilibili.com/player.html?bvid=BV1tA4m1F7Qe&autoplay=0",
        "scene": "river",
        "poster_title": "KD-LR18  river dredging",
        "products": ["kd-lr18", "kd-lr13", "kd-lr22"],
        "featured_on": ["kd-lr18"],
    },
    {
        "title": "液压快换装置安装与安全使用教程",
        "description": "服务工程师演示液压快换的管路连接、电气接线和首次调试，讲解双重安全锁的检查方法和更换属具的正确步骤。",
        "embed_url": "https://player.bilibili.com/player.html?bvid=BV1sN411P7Dx&autoplay=0",
        "scene": "earthworks",
        "tool": ("coupler", "hydraulic"),
        "poster_title": "Hydraulic quick coupler  how-to",
        "products": ["kd-qh20", "kd-qh06", "kd-qh36", "kd-tq20"],
        "featured_on": [],
    },
]
