"""The demo careers content: openings (two of them closed), Q&A and the privacy notice.

Dates are days relative to today, so the open ones stay open whenever the demo is seeded.
"""

JOBS = [
    {
        "slug": "mechanical-design-engineer",
        "title": "机械设计工程师",
        "department": "技术中心",
        "location": "衡阳",
        "headcount": 2,
        "posted_days_ago": 12,
        "closes_in_days": 60,
        "duties": """
<ul>
<li>负责液压破碎锤、液压剪、抓木器等属具的结构设计和三维建模。</li>
<li>根据客户的挖掘机型号和工况完成非标属具的方案设计与出图。</li>
<li>配合生产和质量部门解决试制和批量生产中的技术问题。</li>
</ul>
""",
        "requirements": """
<ul>
<li>机械设计及其自动化等相关专业本科及以上学历。</li>
<li>熟练使用 SolidWorks 或 Creo，能独立完成工程图纸。</li>
<li>有工程机械或结构件设计经验者优先，应届毕业生也欢迎。</li>
</ul>
""",
        "benefits": "<p>五险一金、年终奖、免费宿舍和工作餐；技术通道晋升，导师带教。</p>",
    },
    {
        "slug": "hydraulic-engineer",
        "title": "液压工程师",
        "department": "技术中心",
        "location": "衡阳",
        "headcount": 1,
        "posted_days_ago": 20,
        "closes_in_days": 40,
        "duties": "<ul><li>负责属具液压系统的设计、元件选型和试验验证。</li><li>编写液压原理图和调试说明书。</li></ul>",
        "requirements": (
            "<ul><li>液压传动或机电一体化专业，本科及以上学历。</li><li>熟悉液压阀、油缸和马达的选型。</li></ul>"
        ),
        "benefits": "<p>五险一金、项目奖金、带薪年假。</p>",
    },
    {
        "slug": "robot-welder",
        "title": "焊工（机器人焊接）",
        "department": "结构件车间",
        "location": "衡阳",
        "headcount": 6,
        "posted_days_ago": 5,
        "closes_in_days": None,
        "employment_type": "full_time",
        "duties": "<ul><li>操作焊接机器人完成斗体、臂架等结构件的焊接。</li><li>负责焊前准备和焊后自检。</li></ul>",
        "requirements": (
            "<ul><li>持焊工证，两年以上结构件焊接经验。</li><li>无机器人操作经验的，公司提供培训。</li></ul>"
        ),
        "benefits": "<p>计件工资加技能津贴，免费宿舍，技能等级认定。</p>",
    },
    {
        "slug": "cnc-operator",
        "title": "数控操作工",
        "department": "机加工车间",
        "location": "衡阳",
        "headcount": 3,
        "posted_days_ago": 9,
        "closes_in_days": 30,
        "duties": "<ul><li>操作镗铣床和加工中心，完成销轴、缸体等零件加工。</li></ul>",
        "requirements": "<ul><li>能看懂机械图纸，有镗铣床或加工中心操作经验。</li></ul>",
        "benefits": "<p>五险一金、夜班补贴、免费工作餐。</p>",
    },
    {
        "slug": "foreign-trade-sales",
        "title": "外贸业务员",
        "department": "国际贸易部",
        "location": "衡阳",
        "headcount": 2,
        "posted_days_ago": 15,
        "closes_in_days": 45,
        "duties": "<ul><li>开发和维护海外经销商，跟进询盘、报价和订单。</li><li>参加国际展会。</li></ul>",
        "requirements": "<ul><li>英语或西班牙语可作为工作语言。</li><li>适应出国出差。</li></ul>",
        "benefits": "<p>底薪加提成，出国培训机会。</p>",
    },
    {
        "slug": "after-sales-engineer",
        "title": "售后服务工程师",
        "department": "客户中心",
        "location": "全国",
        "headcount": 3,
        "posted_days_ago": 3,
        "closes_in_days": 90,
        "duties": "<ul><li>负责属具的安装调试、现场维修和客户培训。</li></ul>",
        "requirements": "<ul><li>熟悉挖掘机液压系统，能适应出差，有驾照。</li></ul>",
        "benefits": "<p>出差补贴、通讯补贴、五险一金。</p>",
    },
    {
        "slug": "regional-sales-manager",
        "title": "区域销售经理",
        "department": "营销中心",
        "location": "长沙",
        "headcount": 4,
        "posted_days_ago": 25,
        "closes_in_days": 35,
        "duties": "<ul><li>负责长沙、成都、郑州、广州等区域的代理商和大客户开发。</li></ul>",
        "requirements": "<ul><li>两年以上工程机械销售经验，有客户资源优先。</li></ul>",
        "benefits": "<p>底薪加提成，车辆补贴。</p>",
    },
    {
        "slug": "summer-intern-2026",
        "title": "暑期实习生（机械类）",
        "department": "技术中心",
        "location": "衡阳",
        "headcount": 5,
        "posted_days_ago": 120,
        "closes_in_days": -30,
        "employment_type": "intern",
        "duties": "<ul><li>在导师指导下参与产品设计和车间轮岗。</li></ul>",
        "requirements": "<ul><li>机械类专业在校本科生。</li></ul>",
        "benefits": "<p>实习补贴，免费住宿。</p>",
    },
    {
        "slug": "quality-inspector",
        "title": "质量检验员",
        "department": "质量部",
        "location": "衡阳",
        "headcount": 1,
        "posted_days_ago": 90,
        "closes_in_days": -10,
        "duties": "<ul><li>负责结构件和成品的尺寸、焊缝和涂装检验。</li></ul>",
        "requirements": "<ul><li>会使用常用量具，有焊缝检验经验优先。</li></ul>",
        "benefits": "<p>五险一金。</p>",
    },
]

QUESTIONS = [
    (
        "应聘流程是怎样的？",
        "<p>在线投递简历后，人力资源部会在5个工作日内完成筛选并电话通知面试。一般流程为：简历筛选、初试（人力资源部）、"
        "复试（用人部门，技术岗位含笔试或实操）、录用通知、入职体检和报到。</p>",
    ),
    (
        "应届毕业生可以应聘吗？",
        "<p>可以。我们每年面向机械、材料、焊接、液压和国际贸易等专业招收应届毕业生，并安排导师带教和轮岗培训。</p>",
    ),
    ("公司提供住宿吗？", "<p>提供。厂区内有员工宿舍，配有空调、热水和网络，住宿免费；公司食堂提供工作餐。</p>"),
    (
        "试用期有多长？",
        "<p>根据岗位和合同期限确定，一般为1–3个月，试用期工资不低于转正工资的80%，并依法缴纳社会保险。</p>",
    ),
    (
        "售后和销售岗位出差多吗？",
        "<p>售后服务工程师和区域销售经理需要经常出差，公司按规定报销差旅费并发放出差补贴；其他岗位出差较少。</p>",
    ),
    (
        "如何查询应聘进度？",
        '<p>请在<a href="/careers/status/">应聘进度查询</a>页面输入申请编号和您填写的手机号码；'
        "在那里也可以随时撤回申请，撤回后您的资料和简历会立即删除。</p>",
    ),
]

PRIVACY_NOTICE = {
    "version": "2026-11",
    "body": """
<h2>我们收集哪些信息</h2>
<p>您在在线申请表中填写的姓名、性别（选填）、手机号码、电子邮箱（选填）、学历、工作年限、期望职位和城市、自我介绍，以及您上传的简历文件。</p>
<h2>为什么收集</h2>
<p>仅用于评估您是否适合科德集团的招聘职位、与您联系安排面试。我们不会将这些信息用于其他目的。</p>
<h2>谁可以查看</h2>
<p>只有人力资源部的工作人员可以查看您的申请和下载简历，每一次下载都有记录。我们不会向任何第三方提供您的个人信息。</p>
<h2>如何保存</h2>
<p>简历文件保存在不对外公开的存储区域，使用随机文件名，只能由授权人员通过权限检查后下载。</p>
""",
}
