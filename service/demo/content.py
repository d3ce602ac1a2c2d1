"""The demo sales network, repair process, board messages and repair requests (fictional contacts)."""

# (name, kind, province, city, address, phone, contact person, e-mail, provinces covered)
OFFICES = [
    ("衡阳营销中心", "office", "hunan", "衡阳", "湖南省衡阳市白沙洲工业园区科德路8号", "0734-8888666", "王经理",
     "hengyang@kedegroup.cn", ["hunan", "jiangxi"]),
    ("武汉办事处", "office", "hubei", "武汉", "湖北省武汉市汉阳区龙阳大道66号", "027-83651720", "刘经理",
     "wuhan@kedegroup.cn", ["hubei"]),
    ("郑州办事处", "office", "henan", "郑州", "河南省郑州市管城区航海东路1101号", "0371-65982230", "赵经理",
     "zhengzhou@kedegroup.cn", ["henan", "shanxi"]),
    ("广州办事处", "office", "guangdong", "广州", "广东省广州市番禺区市广路202号", "020-36207815", "陈经理",
     "guangzhou@kedegroup.cn", ["guangdong", "hainan", "xianggang", "aomen"]),
    ("南宁办事处", "office", "guangxi", "南宁", "广西壮族自治区南宁市西乡塘区安吉大道18号", "0771-55863102", "黄经理",
     "nanning@kedegroup.cn", ["guangxi"]),
    ("上海办事处", "office", "shanghai", "上海", "上海市嘉定区曹安公路4588号", "021-57783160", "孙经理",
     "shanghai@kedegroup.cn", ["shanghai", "zhejiang", "jiangsu", "taiwan"]),
    ("合肥办事处", "office", "anhui", "合肥", "安徽省合肥市包河区大连路888号", "0551-63821905", "周经理",
     "hefei@kedegroup.cn", ["anhui"]),
    ("福州办事处", "office", "fujian", "福州", "福建省福州市仓山区建新北路150号", "0591-87652318", "林经理",
     "fuzhou@kedegroup.cn", ["fujian"]),
    ("济南办事处", "office", "shandong", "济南", "山东省济南市槐荫区经十西路2999号", "0531-87113256", "张经理",
     "jinan@kedegroup.cn", ["shandong"]),
    ("成都办事处", "office", "sichuan", "成都", "四川省成都市新都区工业东区蓉都大道1号", "028-83981762", "杨经理",
     "chengdu@kedegroup.cn", ["sichuan", "chongqing", "xizang"]),
    ("昆明办事处", "office", "yunnan", "昆明", "云南省昆明市官渡区昆洛路320号", "0871-67196533", "李经理",
     "kunming@kedegroup.cn", ["yunnan", "guizhou"]),
    ("北京办事处", "office", "beijing", "北京", "北京市大兴区京开路99号", "010-61258870", "吴经理",
     "beijing@kedegroup.cn", ["beijing", "tianjin", "hebei"]),
    ("西安办事处", "office", "shaanxi", "西安", "陕西省西安市未央区凤城十二路6号", "029-86521348", "马经理",
     "xian@kedegroup.cn", ["shaanxi", "gansu", "ningxia", "qinghai"]),
    ("沈阳办事处", "office", "liaoning", "沈阳", "辽宁省沈阳市于洪区沈新路210号", "024-25887641", "高经理",
     "shenyang@kedegroup.cn", ["liaoning", "jilin", "heilongjiang"]),
    ("呼和浩特经销商", "dealer", "neimenggu", "呼和浩特", "内蒙古自治区呼和浩特市赛罕区南二环路58号", "0471-3356719",
     "乌经理", "huhehaote@kedegroup.cn", ["neimenggu"]),
    ("乌鲁木齐经销商", "dealer", "xinjiang", "乌鲁木齐", "新疆维吾尔自治区乌鲁木齐市米东区米东大道9号",
     "0991-3382650", "艾经理", "wulumuqi@kedegroup.cn", ["xinjiang"]),
    ("长沙经销商", "dealer", "hunan", "长沙", "湖南省长沙市雨花区机场大道298号", "0731-84562211", "彭经理",
     "changsha@kedegroup.cn", ["hunan"]),
    ("苏州经销商", "dealer", "jiangsu", "苏州", "江苏省苏州市相城区阳澄湖大道71号", "0512-65478823", "钱经理",
     "suzhou@kedegroup.cn", ["jiangsu"]),
]  # fmt: skip

# (title, text, icon)
REPAIR_STEPS = [
    ("报修", "拨打服务热线400-0734-868或在线提交维修申请，说明设备型号和故障现象，最好附上照片。", "phone"),
    ("初步诊断", "工程师根据描述和照片进行初步判断，告知可能的故障原因和预估费用。", "search"),
    ("发运或上门", "可现场处理的故障安排工程师上门；需要返厂的设备由客户发运或由我们协助安排物流。", "truck"),
    ("拆检与报价", "设备到厂后24小时内完成拆检，出具检测报告和维修报价，附零件磨损照片。", "clipboard"),
    ("确认与维修", "客户确认方案和费用后开始维修，全部使用原厂或同等品质配件。", "wrench"),
    ("测试", "在测试台上进行压力、流量和打击性能测试，记录测试数据。", "gauge"),
    ("交付与回访", "设备发还客户并附维修清单；7天内电话回访使用情况。", "check"),
]

# (reference, name, phone, province, subject, body, reply, days ago, on board)
MESSAGES = [
    ("LYDEM2345678", "张先生", "+8613812345001", "hunan", "20吨挖掘机配什么破碎锤？",
     "我的挖掘机是三一SY215，想配一台破碎锤开采石料，请推荐型号。",
     "您好！SY215建议选用KD-140系列破碎锤，打击能量和流量都与该机型匹配。销售工程师已电话联系您提供报价。", 20, True),
    ("LYDEM3456789", "李女士", "+8613923456002", "guangdong", "振动锤可以打钢板桩吗？",
     "工地需要打9米拉森钢板桩，你们的振动锤能用吗？",
     "可以。科德振动锤适用于6–12米钢板桩施工，广州办事处可安排现场演示。", 12, True),
    ("LYDEM4567892", "王先生", "+8615034567003", "sichuan", "配件多久能发货？",
     "破碎锤钎杆断了，下单后多久能发到成都？",
     "常用钎杆成都办事处有库存，当天可发；工作日16:00前下单的总部订单当天发货。", 6, True),
    ("LYDEM5678923", "赵先生", "+8618645678004", "shandong", "加长臂质保多久？",
     "加长臂主体结构的质保期是多久？焊缝开裂怎么处理？",
     "加长臂主体结构件质保12个月，质保期内焊缝开裂免费维修。详见售后服务政策。", 3, True),
    ("LYDEM6789234", "陈先生", "+8613712345005", "hubei", "经销合作",
     "想在湖北代理你们的属具产品，请联系我。", "", 1, False),
]  # fmt: skip

# (reference, contact, phone, province, brand/model, serial, fault, status, reply, days ago, photo colour)
REPAIR_REQUESTS = [
    ("WXDEM2345678", "李师傅", "+8613923456101", "hunan", "科德 KD-140", "KD140-2023-0815",
     "打击无力，前缸体漏油。", "in_progress", "已收到设备，拆检发现密封件老化，维修中，预计3个工作日完成。", 5,
     (120, 90, 60)),
    ("WXDEM3456789", "周师傅", "+8613812345102", "guangdong", "其他品牌 液压剪", "",
     "回转不动，马达有异响。", "new", "", 1, (80, 100, 120)),
    ("WXDEM4567892", "吴先生", "+8615034567103", "shaanxi", "科德 振动锤 KV-350", "KV350-2022-0301",
     "振动力明显下降。", "answered", "维修完成并已测试合格，设备已于今日发出，请注意查收。", 15, (60, 110, 80)),
]  # fmt: skip
